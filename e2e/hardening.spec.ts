import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signIn } from "./support/admin";

// Malformed input of every kind answers 4xx with a stable code (or a page that ignores it and says
// so), never 500; what does not exist or may not be seen answers 404; every page carries a strict
// Content-Security-Policy with a nonce, and its scripts still run.

const UNKNOWN = "0b7c6f3e-8d6a-4f0e-9a57-3f1b2c4d5e6f";
const forged = (value: string) => Buffer.from(JSON.stringify([value, UNKNOWN])).toString("base64url");

async function expectCode(response: APIResponse, status: number, error: string) {
  expect(response.status(), response.url()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toMatchObject({ error });
}

test("the public list and its API refuse malformed search text and cursors with a code, never 500", async ({
  page,
  request,
}) => {
  await expectCode(await request.get("/api/v1/enterprises?q=%00"), 400, "invalid_request");
  await expectCode(await request.get(`/api/v1/enterprises?cursor=${forged("a\u0000")}`), 400, "invalid_cursor");
  await expectCode(await request.get("/api/v1/enterprises?cursor=garbage"), 400, "invalid_cursor");
  // The page ignores what it cannot use and shows the list.
  for (const query of ["?q=%00", `?cursor=${forged("a\u0000")}`]) {
    const response = await page.goto(`/enterprises${query}`);
    expect(response!.status(), query).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});

test("a malformed language cookie falls back to Chinese", async ({ page, context }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "%", url: "http://127.0.0.1" }]);
  for (const path of ["/", "/enterprises", "/assess/new"]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  }
});

test("deeply nested JSON answers 400 invalid_json", async ({ request }) => {
  const deep = `{"facts":{"company":{"name":${"[".repeat(10_000)}${"]".repeat(10_000)}}}}`;
  const response = await request.post("/api/v1/evaluations", {
    data: deep,
    headers: { "content-type": "application/json" },
  });
  await expectCode(response, 400, "invalid_json");
  expect(await response.json()).toMatchObject({ reason: "too_deep" });
});

test("what does not exist or may not be opened answers 404 with a translated page", async ({ page }) => {
  for (const path of [`/enterprises/${UNKNOWN}`, "/enterprises/nope", "/enterprises/%00"]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "找不到这家企业" })).toBeVisible();
  }
  for (const path of [`/assess/${UNKNOWN}/result`, `/assess/${UNKNOWN}/company`, "/assess/nope/check"]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "无法打开这份自评" })).toBeVisible();
  }
});

test.describe("the admin list, its API and its exports", () => {
  test.beforeEach(async ({ page }) => signIn(page, "reviewer"));

  const api = (page: Page, query: string) => page.request.get(`/api/v1/admin/assessments${query}`);

  test("refuse malformed filters and cursors with 400 and a code", async ({ page }) => {
    await expectCode(await api(page, "?q=%00"), 400, "invalid_filters");
    await expectCode(await api(page, "?to=0000-01-01"), 400, "invalid_filters");
    await expectCode(await api(page, "?from=0000-01-01"), 400, "invalid_filters");
    await expectCode(await api(page, "?after=garbage"), 400, "invalid_cursor");
    await expectCode(await api(page, `?after=${forged("not a date")}`), 400, "invalid_cursor");
    await expectCode(await api(page, `?sort=name_asc&before=${forged("a\u0000")}`), 400, "invalid_cursor");
    await expectCode(await page.request.get("/api/v1/admin/audit?before=abc"), 400, "invalid_cursor");
    expect((await api(page, "?to=2026-12-31")).status()).toBe(200);
  });

  test("exports with a malformed filter answer 400 before a byte of the file", async ({ page }) => {
    for (const query of ["format=csv&to=0000-01-01", "format=xlsx&q=%00", "format=csv&from=2026-02-30"]) {
      const response = await page.request.get(`/api/v1/admin/assessments/export?${query}`);
      await expectCode(response, 400, "invalid_filters");
      expect(response.headers()["content-disposition"]).toBeUndefined();
    }
  });

  test("the list page ignores a malformed filter or cursor and says which", async ({ page }) => {
    for (const query of ["?to=0000-01-01", `?after=${forged("not a date")}`, "?q=%00"]) {
      const response = await page.goto(`/admin/assessments${query}`);
      expect(response!.status(), query).toBe(200);
      await expect(page.getByRole("alert").filter({ hasText: "以下筛选条件无效，已忽略" })).toBeVisible();
      await expect(page.getByTestId("result-count")).toBeVisible();
    }
  });

  test("an action naming no assessment (a tampered id) is refused in the form, not with a 500", async ({ page }) => {
    await page.getByRole("link", { name: "示例精密机械有限公司", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "示例精密机械有限公司" })).toBeVisible();
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "更改状态" }) });
    await form.locator('input[type="hidden"][name="id"]').evaluate((input: HTMLInputElement) => {
      input.value = "nope'; DROP TABLE assessment; --";
    });
    await page.getByLabel("新状态").selectOption({ index: 1 }); // whichever move the status allows
    await page.getByLabel("审核意见").fill("篡改的编号");
    const answers: number[] = [];
    page.on("response", (r) => answers.push(r.status()));
    await page.getByRole("button", { name: "更改状态" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "找不到此自评记录" })).toBeVisible();
    expect(answers.filter((s) => s >= 500)).toEqual([]);
    expect((await page.goto("/admin/assessments/nope"))!.status()).toBe(404);
    expect((await page.goto(`/admin/assessments/${UNKNOWN}`))!.status()).toBe(404);
    expect((await page.goto("/admin/users/nope"))!.status()).toBe(403); // a reviewer may not manage users at all
  });
});

test("every page carries a strict CSP with a fresh nonce, and its own scripts run under it", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const first = await page.goto("/");
  const second = await page.request.get("/");
  const policy = first!.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers()["content-security-policy"]).not.toContain(nonce); // fresh for each request
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-inline' 'strict"); // scripts: nonce only
  expect(first!.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first!.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first!.headers()["strict-transport-security"]).toBeUndefined(); // plain http here
  // Next wrote the nonce on its scripts; React hydrated (the page is interactive): a link navigates
  // on the client, keeping this document.
  const scripts = page.locator("script");
  expect(await scripts.count()).toBeGreaterThan(0);
  for (const n of await scripts.evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).nonce)))
    expect(n).toBe(nonce);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole("link", { name: "已认定企业" }).first().click();
  await expect(page).toHaveURL(/\/enterprises$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

  const https = await page.request.get("/enterprises", { headers: { "X-Forwarded-Proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toContain("max-age=");
  const api = await page.request.get("/api/v1/enterprises");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("the enterprise list is served from a kept copy with a fresh nonce, and its scripts still run", async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // The first request may render (or find a copy another test left); the second is a copy.
  await page.request.get("/enterprises?batch=3");
  const copy = await page.goto("/enterprises?batch=3");
  expect(copy!.headers()["x-shared-page"]).toBe("hit");
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(copy!.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  for (const n of await page.locator("script").evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).nonce)))
    expect(n).toBe(nonce);
  const again = await page.request.get("/enterprises?batch=3");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);
  // React hydrated under the policy: a link navigates on the client, keeping this document.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole("link", { name: "已认定企业" }).first().click();
  await expect(page).toHaveURL(/\/enterprises$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  // In English, a copy of its own.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.goto("/enterprises?batch=3");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Little Giant/);
});
