import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./support/admin";
import { expectNoMachineText } from "./support/machine-text";
import { expectNoSidewaysScroll } from "./support/no-sideways-scroll";

async function download(page: Page, name: string): Promise<{ file: Buffer; fileName: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { file: await readFile((await file.path())!), fileName: file.suggestedFilename() };
}

const ROUND = "2027 年第一批“小巨人”推荐（E2E）";

test("a round goes from the queue to a locked recommendation list, exported as XLSX and PDF", async ({ page }) => {
  // One journey kept whole, as an office works a round: three sign-ins, some twenty forms, two
  // downloads (the PDF printed by Chromium) and the pages at 390 px in both languages. About 18 s
  // on an idle machine, over 30 s with another build running beside it: three times the budget.
  test.slow();
  // An admin opens the round; a date that is none is refused with what was typed kept.
  await signIn(page, "admin", "/admin/rounds");
  await page.getByLabel("批次名称").fill(ROUND);
  await page.getByLabel("适用标准").selectOption("miit-2026");
  await page.getByLabel("推荐层级").selectOption("little-giant");
  await page.getByLabel("截止日期").fill("3月底");
  await page.getByLabel("推荐名额（可不填）").fill("2");
  await page.getByRole("button", { name: "新建批次" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请按“2027-03-31”的格式填写截止日期" })).toBeVisible();
  await expect(page.getByLabel("批次名称")).toHaveValue(ROUND);
  await page.getByLabel("截止日期").fill("2027-03-31");
  await page.getByRole("button", { name: "新建批次" }).click();
  await expect(page.getByRole("heading", { level: 1, name: ROUND })).toBeVisible();
  await expect(page.getByTestId("round-stage")).toHaveText("进度：审核中");
  const roundUrl = page.url();

  // Applications join by pasted references, all or none.
  await page.getByLabel("自评编号").fill("ZJ-E2E010\nZJ-NOPE01");
  await page.getByRole("button", { name: "加入本批次" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "不是已提交自评的编号：ZJ-NOPE01" })).toBeVisible();
  await expect(page.getByLabel("自评编号")).toHaveValue("ZJ-E2E010\nZJ-NOPE01");
  await page.getByLabel("自评编号").fill("ZJ-E2E010, ZJ-E2E011、ZJ-E2E012");
  await page.getByRole("button", { name: "加入本批次" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已加入 3 项申请。" })).toBeVisible();
  await expect(page.getByTestId("queue-row")).toHaveCount(3);

  // A reviewer works the queue: takes the unassigned ones, moves them into review with one note.
  await page.context().clearCookies();
  await signIn(page, "reviewer", new URL(roundUrl).pathname);
  await page.getByLabel("显示").selectOption("unassigned");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByTestId("queue-row")).toHaveCount(3);
  for (const ref of ["ZJ-E2E010", "ZJ-E2E011", "ZJ-E2E012"]) await page.getByLabel(`选择 ${ref}`).check();
  await page.getByLabel("分配给").selectOption({ label: "reviewer@e2e.test" });
  await page.getByLabel("改为审核状态").selectOption("in_review");
  await page.getByRole("button", { name: "应用到选中的申请" }).click();
  // The note is required for a status change: refused, the selection kept.
  await expect(page.getByRole("alert").filter({ hasText: "改变审核状态时请填写审核意见" })).toBeVisible();
  await expect(page.getByLabel("选择 ZJ-E2E011")).toBeChecked();
  await page.getByLabel("审核意见（改状态时必填，所有选中的申请共用）").fill("材料齐全，开始审核。");
  await page.getByRole("button", { name: "应用到选中的申请" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 项改变了审核状态，3 项改变了经办人" })).toBeVisible();
  await page.goto(`${new URL(roundUrl).pathname}?show=mine`);
  await expect(page.getByTestId("queue-row")).toHaveCount(3);
  await expect(page.getByTestId("round-counts")).toContainText("审核中：3");

  const decide = async (refs: string[], status: string, note: string) => {
    for (const ref of refs) await page.getByLabel(`选择 ${ref}`).check();
    await page.getByLabel("改为审核状态").selectOption(status);
    await page.getByLabel("审核意见（改状态时必填，所有选中的申请共用）").fill(note);
    await page.getByRole("button", { name: "应用到选中的申请" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${refs.length} 项改变了审核状态` })).toBeVisible();
  };
  // Recommending the one that does not meet the criteria is what the list then points out.
  await decide(["ZJ-E2E010", "ZJ-E2E011", "ZJ-E2E012"], "recommended", "主要指标达到“小巨人”标准，推荐。");
  const problems = page.getByTestId("list-problems");
  await expect(problems).toContainText("已推荐但“小巨人”结论不是“符合”：ZJ-E2E012");
  await expect(problems).toContainText("推荐了 3 家，超过名额 2 家。");
  // Its criteria not met are named in its queue row.
  await expect(
    page.getByTestId("queue-row").filter({ hasText: "ZJ-E2E012" }).getByTestId("queue-failed"),
  ).toContainText("未满足：");
  await decide(["ZJ-E2E012"], "in_review", "营业收入不足，重新审核。");
  await decide(["ZJ-E2E012"], "not_recommended", "营业收入低于“小巨人”标准，不推荐。");
  await expect(problems).toHaveCount(0);

  // The city for the list sent upward, from the application's own page.
  await page.getByRole("link", { name: "闽江精密轴承有限公司" }).first().click();
  await page.getByLabel("地市").fill("厦门市");
  await page.getByRole("button", { name: "保存工作安排" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存工作安排。" })).toBeVisible();
  await page.goto(roundUrl);

  // The ranked list: both eligible ones, the earlier submission first at equal figures.
  const list = page.getByTestId("recommendation-list");
  await expect(list.getByRole("row")).toHaveCount(3);
  await expect(list.getByRole("row").nth(1)).toContainText("闽江精密轴承有限公司");
  await expect(list.getByRole("row").nth(1)).toContainText("厦门市");
  await expect(list.getByRole("row").nth(2)).toContainText("鹭岛光电材料有限公司");
  await expectNoMachineText(page.getByRole("main"));
  await expectNoAxeViolations(page);

  // 初审 by the reviewer: the list is frozen from then on.
  await page.getByLabel("签批意见").fill("初审同意，报复审。");
  await page.getByRole("button", { name: "初审签批" }).click();
  await expect(page.getByTestId("round-stage")).toHaveText("进度：已初审，待复审");
  await expect(page.getByTestId("round-frozen")).toContainText("不能再更改审核状态");
  await expect(page.getByLabel("改为审核状态")).toHaveCount(0);
  // 复审 is someone else's.
  await page.getByLabel("签批意见").fill("我来复审。");
  await page.getByRole("button", { name: "复审签批" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "复审须由初审以外的人签批" })).toBeVisible();
  // A frozen list's application keeps its status.
  await page.getByRole("link", { name: "鹭岛光电材料有限公司" }).first().click();
  await page.getByLabel("新状态").selectOption("in_review");
  await page.getByLabel("审核意见").fill("再看一下。");
  await page.getByRole("button", { name: "更改状态" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "所在批次的名单已报签批，不能更改审核状态" })).toBeVisible();
  await expect(page.getByTestId("current-status")).toHaveText("当前状态：推荐");

  // 复审 and 审定 by the admin; then locked.
  await page.context().clearCookies();
  await signIn(page, "admin", new URL(roundUrl).pathname);
  await page.getByLabel("签批意见").fill("复审同意。");
  await page.getByRole("button", { name: "复审签批" }).click();
  await expect(page.getByTestId("round-stage")).toHaveText("进度：已复审，待审定");
  await page.getByLabel("签批意见").fill("审定，同意上报。");
  await page.getByRole("button", { name: "审定签批" }).click();
  await expect(page.getByTestId("round-stage")).toHaveText("进度：已审定（锁定）");
  await expect(page.getByTestId("round-frozen")).toContainText("审定并锁定");
  await expect(page.getByRole("button", { name: /签批$/ })).toHaveCount(0);
  await expect(page.getByTestId("signoffs").getByRole("listitem")).toHaveCount(3);
  await expectNoMachineText(page.getByRole("main"));
  await expectNoAxeViolations(page);

  // The export in the provinces' shape, read back.
  const xlsx = await download(page, "下载推荐名单（Excel）");
  expect(xlsx.fileName).toBe(`推荐名单-${ROUND}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(String(sheet.getRow(1).getCell(1).value)).toBe(`${ROUND}推荐名单`);
  const header = (sheet.getRow(3).values as unknown[]).slice(1).map(String);
  // The Little Giant tier has no points score: no score column.
  expect(header.slice(0, 7)).toEqual([
    "序号",
    "企业名称",
    "统一社会信用代码",
    "地市",
    "所属行业",
    "主导产品",
    "上年度营业收入（万元）",
  ]);
  expect(header.at(-1)).toBe("推荐意见");
  const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  expect(row(4).slice(0, 4)).toEqual([1, "闽江精密轴承有限公司", "91350200MA2Y0R1K0H", "厦门市"]);
  expect(row(4).at(-1)).toBe("主要指标达到“小巨人”标准，推荐。");
  expect(typeof row(4)[header.indexOf("上年度营业收入（万元）")]).toBe("number");
  expect(row(5).slice(0, 2)).toEqual([2, "鹭岛光电材料有限公司"]);
  expect(sheet.getRow(6).getCell(1).value ?? null).toBeNull();
  expect(String(sheet.getRow(9).getCell(1).value)).toMatch(/^审定：admin@e2e\.test，/);

  const pdf = await download(page, "下载推荐名单（PDF）");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.file)), { mergePages: true });
  const flat = text.replace(/\s+/g, "");
  expect(flat).toContain(`${ROUND}推荐名单`.replace(/\s+/g, ""));
  expect(flat).toContain("闽江精密轴承有限公司");
  expect(flat).toContain("鹭岛光电材料有限公司");
  expect(flat).not.toContain("九龙江小型电机有限公司");
  expect(flat).toContain("审定：admin@e2e.test");

  // Every step is in the audit log, named by the round.
  await page.goto("/admin/audit");
  await expect(page.getByRole("main")).toContainText("签批推荐名单");
  await expect(page.getByRole("link", { name: `批次：${ROUND}` }).first()).toBeVisible();
  await expectNoMachineText(page.getByRole("main"));

  // On a phone: nothing scrolls sideways, in either language; in English, no machine text either.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const locale of ["zh-CN", "en"] as const) {
    await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: new URL("/", roundUrl).href }]);
    await page.goto(roundUrl);
    await expect(page.getByTestId("recommendation-cards")).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoMachineText(page.getByRole("main"));
    await page.goto("/admin/rounds");
    await expectNoSidewaysScroll(page);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Review rounds" })).toBeVisible();
});
