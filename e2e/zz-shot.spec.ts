import { test } from "@playwright/test";
import { signIn } from "./support/admin";

test("shots", async ({ page }) => {
  await signIn(page, "admin", "/admin/rounds");
  await page.getByLabel("批次名称").fill("2027 年第一批专精特新“小巨人”企业推荐");
  await page.getByLabel("截止日期").fill("2026-12-10");
  await page.getByLabel("推荐名额（可不填）").fill("5");
  await page.getByRole("button", { name: "新建批次" }).click();
  await page.getByRole("heading", { level: 1, name: "2027 年第一批专精特新“小巨人”企业推荐" }).waitFor();
  const url = page.url();
  await page.getByLabel("自评编号").fill("ZJ-E2E010 ZJ-E2E011 ZJ-E2E012 ZJ-E2E001 ZJ-E2E002");
  await page.getByRole("button", { name: "加入本批次" }).click();
  await page.getByText("已加入 5 项申请。").waitFor();
  for (const r of ["ZJ-E2E010", "ZJ-E2E011", "ZJ-E2E012"]) await page.getByLabel(`选择 ${r}`).check();
  await page.getByLabel("改为审核状态").selectOption("in_review");
  await page.getByLabel("分配给").selectOption({ label: "reviewer@e2e.test" });
  await page.getByLabel("审核意见（改状态时必填，所有选中的申请共用）").fill("开始");
  await page.getByRole("button", { name: "应用到选中的申请" }).click();
  await page.getByText("3 项改变了审核状态").waitFor();
  for (const r of ["ZJ-E2E010", "ZJ-E2E011"]) await page.getByLabel(`选择 ${r}`).check();
  await page.getByLabel("改为审核状态").selectOption("recommended");
  await page.getByLabel("审核意见（改状态时必填，所有选中的申请共用）").fill("主要指标达到标准，同意推荐。");
  await page.getByRole("button", { name: "应用到选中的申请" }).click();
  await page.getByText("2 项改变了审核状态").waitFor();
  for (const [w, name] of [
    [1280, "desk"],
    [390, "phone"],
  ] as const) {
    for (const lang of ["zh-CN", "en"]) {
      await page.context().addCookies([{ name: "NEXT_LOCALE", value: lang, url }]);
      await page.setViewportSize({ width: w, height: 900 });
      await page.goto(url);
      await page.screenshot({ path: `/tmp/shots/round-${name}-${lang}.png`, fullPage: true });
      await page.goto("/admin/rounds");
      await page.screenshot({ path: `/tmp/shots/rounds-${name}-${lang}.png`, fullPage: true });
    }
  }
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url }]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url.replace(/\/admin\/rounds\/(.*)$/, "/admin/rounds/$1/print"));
  await page.screenshot({ path: `/tmp/shots/print.png`, fullPage: true });
  await page.goto(url);
  await page.getByRole("link", { name: "闽江精密轴承有限公司" }).first().click();
  await page.locator("#arrange-title").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/arrange.png` });
});
