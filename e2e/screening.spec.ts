import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./support/admin";
import { expectNoSidewaysScroll } from "./support/no-sideways-scroll";

// A reviewer screens a list of firms: the template from the page, filled in (exceljs), uploaded;
// the results table, one firm's report, the XLSX download read back; on a phone nothing scrolls
// sideways. Anonymous readers get the sign-in page.

const REVENUE = "上年度营业收入（万元）";

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readFile(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** The template as downloaded, its example rows replaced by ours (values by heading). */
async function filledTemplate(path: string, firms: Record<string, string | number>[]): Promise<Buffer> {
  const workbook = await readBook(path);
  const sheet = workbook.worksheets[0]!;
  const headings = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  expect(headings[0]).toBe("企业名称");
  expect(headings).toContain(REVENUE);
  expect(workbook.worksheets[1]?.name).toBe("填写说明");
  const examples = sheet.rowCount - 1;
  expect(examples).toBeGreaterThan(0);
  for (let i = 0; i < Math.max(examples, firms.length); i++)
    sheet.getRow(i + 2).values = firms[i] ? headings.map((h) => firms[i]![h] ?? "") : [];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const complete = {
  企业名称: "筛查测试精密有限公司",
  评价年度: 2026,
  三年期满复核: "否",
  注册地所在省份: "江苏",
  "所属行业（国民经济行业分类）": "C3484",
  境内注册的独立法人: "是",
  列入经营异常名录: "否",
  列入严重失信主体名单: "否",
  创新型中小企业称号: "是",
  省级专精特新中小企业称号: "是",
  [REVENUE]: 12000,
  "前年度营业收入（万元）": 11000,
  "大前年度营业收入（万元）": 10000,
  "上年度主营业务收入（万元）": 11400,
  "上年末资产总额（万元）": 10000,
  "上年末负债总额（万元）": 4000,
  "上年度研发费用（万元）": 540,
  "前年度研发费用（万元）": 500,
  "Ⅰ类知识产权（项）": 3,
};

test("anonymous readers get the sign-in page", async ({ page }) => {
  await page.goto("/admin/screening");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fscreening/);
  const template = await page.request.get("/api/v1/admin/screening/template");
  expect(template.status()).toBe(401);
});

test("a reviewer screens the filled template and downloads the results", async ({ page }) => {
  await signIn(page, "reviewer", "/admin/screening");
  await page.getByRole("link", { name: "批量筛查" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "批量筛查" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^删除/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const templateDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载筛查模板（XLSX）" }).click();
  const template = await (await templateDownload).path();
  const file = await filledTemplate(template, [
    complete,
    { ...complete, 企业名称: "筛查测试有误有限公司", [REVENUE]: "一万二" },
  ]);

  await page
    .getByLabel("名单文件（CSV 或 XLSX）")
    .setInputFiles({ name: "园区名单.xlsx", mimeType: "application/octet-stream", buffer: file });
  await page.getByRole("button", { name: "开始筛查" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "筛查结果：园区名单.xlsx" })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect(page.getByTestId("screening-counts")).toHaveText("共 2 家企业：1 家已评价，1 家有填写问题");
  const rows = page.getByTestId("screening-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("筛查测试精密有限公司");
  await expect(rows.nth(0)).toContainText("专精特新“小巨人”企业：不符合");
  await expect(rows.nth(0)).toContainText("研发费用");
  await expect(rows.nth(1)).toContainText(`${REVENUE}：“一万二”不是数字`);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "仅因“不知道”而未定的企业" }).click();
  await expect(page.getByText("共 0 家企业")).toBeVisible();
  await page.getByLabel("显示").selectOption("issues");
  await page.getByRole("button", { name: "应用" }).click();
  await expect(page).toHaveURL(/show=issues/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("筛查测试有误有限公司");
  await page.getByLabel("显示").selectOption("all");
  await page.getByRole("button", { name: "应用" }).click();
  await expect(rows).toHaveCount(2);

  // The list as a whole, in the insights' charts and tables: only the evaluated firm counts.
  await page.getByRole("link", { name: /查看整体概况/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "筛查概况：园区名单.xlsx" })).toBeVisible();
  await expect(page.getByTestId("insights-total")).toHaveText("共 1 家已评价的企业");
  await expect(page.getByTestId("funnel-table")).toContainText("全部已评价企业");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "返回筛查结果" }).click();
  await expect(rows).toHaveCount(2);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 XLSX" }).click();
  const results = await readBook(await (await download).path());
  const summary = results.getWorksheet("筛查结果")!;
  const header = (summary.getRow(1).values as unknown[]).slice(1).map(String);
  const first = (summary.getRow(2).values as unknown[]).slice(1);
  expect(first[header.indexOf("企业名称")]).toBe("筛查测试精密有限公司");
  expect(header.filter((h) => h === REVENUE)).toHaveLength(1);
  expect(String(first[header.indexOf(REVENUE)])).toBe("12000");
  expect(String((summary.getRow(3).values as unknown[]).slice(1)[header.indexOf("填写问题")])).toContain("一万二");
  const unmet = results.getWorksheet("未满足的条件")!;
  expect(unmet.rowCount).toBeGreaterThan(1);
  expect(String(unmet.getRow(2).getCell(2).value)).toBe("筛查测试精密有限公司");

  await page.getByRole("link", { name: "筛查测试精密有限公司" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "筛查测试精密有限公司" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /逐条结果/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A row number past any screening's size is not found, not a database error.
  expect((await page.request.get(`/admin/screening/${id}/rows/99999999999`)).status()).toBe(404);

  // Deleting is for admins.
  expect((await page.request.post(`/api/v1/admin/screening/${id}/delete`)).status()).toBe(403);

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.getByRole("link", { name: "返回筛查结果" }).click();
  await expect(rows).toHaveCount(2);
  await expectNoSidewaysScroll(page);
  await page.goto("/admin/screening");
  await expectNoSidewaysScroll(page);
});

test("an admin deletes a screening, which the audit log records", async ({ page }) => {
  await signIn(page, "admin", "/admin/screening");
  const csv = Buffer.from("\uFEFF企业名称,上年度营业收入（万元）\n待删除有限公司,800\n");
  const upload = await page.request.post("/api/v1/admin/screening", {
    multipart: { file: { name: "待删除.csv", mimeType: "text/csv", buffer: csv }, ruleset: "miit-2022" },
    headers: { Accept: "application/json" },
  });
  expect(upload.status()).toBe(200);
  const { id } = (await upload.json()) as { id: string };
  await page.goto("/admin/screening");
  await page.getByRole("button", { name: "删除“待删除.csv”" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已删除该筛查记录。" })).toBeVisible();
  await expect(page.getByRole("link", { name: "待删除.csv" })).toHaveCount(0);
  await page.goto(`/admin/audit?target=${id}`);
  await expect(page.getByRole("row").filter({ hasText: "删除筛查" })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: "批量筛查" })).toHaveCount(1);
  expect((await page.goto(`/admin/screening/${id}`))?.status()).toBe(404);
});

test("an upload over the size limit is refused with a translated 413", async ({ page }) => {
  await signIn(page, "reviewer", "/admin/screening");
  const big = Buffer.alloc(21 * 1024 * 1024, "企业名称,上年度营业收入（万元）\n");
  const response = await page.request.post("/api/v1/admin/screening", {
    multipart: { file: { name: "太大.csv", mimeType: "text/csv", buffer: big } },
    headers: { Accept: "application/json" },
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({
    status: "error",
    field: "file",
    message: "文件超过 20 MB：请拆分后分别筛查",
  });
});
