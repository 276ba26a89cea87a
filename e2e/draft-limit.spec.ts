import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ID } from "./paths";

// The browser tests stand in for one proxy of ours (TRUSTED_PROXY_HOPS=1), so X-Forwarded-For is
// this test's own client address: one of the benchmarking range, new on every run, so that a
// rerun within the ten minutes is not refused from the start.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("one address starts 20 drafts in ten minutes; the 21st start answers 429 and says how long to wait", async ({
    page,
  }) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.18.${randomInt(256)}.${randomInt(1, 255)}` });
    for (let i = 0; i < 20; i++) {
      await page.goto("/assess/new");
      await page.getByRole("button", { name: "开始" }).click();
      await page.waitForURL(new RegExp(`/assess/${ID}/about$`));
    }
    await page.goto("/assess/new");
    const refused = page.waitForResponse(
      (r) => r.request().method() === "GET" && /\/assess\/new\?limited=/.test(r.url()),
    );
    await page.getByRole("button", { name: "开始" }).click();
    await page.waitForURL(/\/assess\/new\?limited=10$/);
    await expect(page.getByRole("alert")).toContainText("请等待 10 分钟");
    // The refusal is a 429 with when to try again, for a script as much as for a reader.
    const response = await refused;
    expect(response.status()).toBe(429);
    expect(response.headers()["retry-after"]).toBe("600");
  });
});
