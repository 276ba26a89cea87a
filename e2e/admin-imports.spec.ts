import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { SEEDED_FIRM } from "./seed/enterprises.seed";
import { signIn } from "./support/admin";

// The browser tests share one database, and the enterprise pages' tests count its firms: so the
// clean upload here re-imports the seeded firm exactly as seeded (an update that changes nothing).
const header = "序号,地区,企业名称,所属行业,主导产品,研发投入强度,一类知识产权";
const seededRow = `1,宁波,${SEEDED_FIRM.name},C3421,${SEEDED_FIRM.product},8.5,20`;
const csv = (rows: string[]) => Buffer.from(`\uFEFF${header}\n${rows.join("\n")}\n`, "utf8");

test("an admin uploads an official list: a bad row refuses the file, a clean one imports", async ({ page }) => {
  await signIn(page, "admin", "/admin/imports");
  await page.getByRole("link", { name: "导入名单" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "导入认定企业名单" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The file picker speaks the page's language, whatever the browser's.
  await expect(page.getByText("选择文件", { exact: true })).toBeVisible();
  await expect(page.getByTestId("import-file-name")).toHaveText("未选择文件");
  await page.getByRole("button", { name: "导入" }).click();
  await expect(page.getByRole("alert", { name: "请更正以下问题" })).toContainText("请选择要导入的名单文件");

  await page.getByLabel("名单文件").setInputFiles({
    name: "第五批-有误.csv",
    mimeType: "text/csv",
    buffer: csv([seededRow, "2,火星,上传测试乙有限公司,C3451,齿轮,,"]),
  });
  await expect(page.getByTestId("import-file-name")).toHaveText("第五批-有误.csv");
  await page.getByLabel("批次（可选）").fill(String(SEEDED_FIRM.batch));
  await page.getByRole("button", { name: "导入" }).click();
  const refused = page.getByTestId("import-result");
  await expect(refused).toContainText("“第五批-有误.csv”未导入");
  await expect(refused).toContainText("第 3 行");

  await page
    .getByLabel("名单文件")
    .setInputFiles({ name: "第五批.csv", mimeType: "text/csv", buffer: csv([seededRow]) });
  await page.getByLabel("批次（可选）").fill(String(SEEDED_FIRM.batch));
  await page.getByRole("button", { name: "导入" }).click();
  await expect(page.getByTestId("import-result")).toContainText("已导入“第五批.csv”：新增 0 家，更新 1 家。");
  await expect(page.getByRole("row").filter({ hasText: "第五批.csv" }).first()).toContainText("admin@e2e.test");
  await expectNoAxeViolations(page);
});

test("an upload over 20 MB is refused with a translated message, in the form and as JSON", async ({ page }) => {
  await signIn(page, "admin", "/admin/imports");
  await page.goto("/admin/imports");
  // 21 MB of CSV: the route counts the bytes and stops reading past the limit.
  const big = Buffer.alloc(21 * 1024 * 1024, "1,浙江,示例超大有限公司\n");
  await page.getByLabel("名单文件").setInputFiles({ name: "太大.csv", mimeType: "text/csv", buffer: big });
  await page.getByRole("button", { name: "导入" }).click();
  await expect(page.getByRole("alert", { name: "请更正以下问题" })).toContainText(
    "文件超过 20 MB，未导入：请拆分后分别上传",
  );

  const multipart = { file: { name: "太大.csv", mimeType: "text/csv", buffer: big }, batch: "5" };
  const json = await page.request.post("/api/v1/admin/imports", {
    multipart,
    headers: { Accept: "application/json" },
  });
  expect(json.status()).toBe(413);
  expect(await json.json()).toEqual({
    status: "error",
    field: "file",
    message: "文件超过 20 MB，未导入：请拆分后分别上传",
  });

  // A form post without JavaScript lands back on the imports page, which says the same.
  const form = await page.request.post("/api/v1/admin/imports", { multipart, maxRedirects: 0 });
  expect(form.status()).toBe(303);
  expect(form.headers().location).toBe("/admin/imports?error=too_large");
  await page.goto(form.headers().location!);
  await expect(page.getByRole("alert", { name: "请更正以下问题" })).toContainText(
    "文件超过 20 MB，未导入：请拆分后分别上传",
  );
});

test("an upload over 10 MB reaches the import whole (the page proxy would cut it at 10 MB)", async ({ page }) => {
  await signIn(page, "admin", "/admin/imports");
  // 15 MB of rows: the whole body arrives, so the answer is the row limit, not a broken form.
  const row = "1,浙江,示例很多行有限公司\n";
  const body = Buffer.from(`${header}\n${row.repeat(Math.ceil((15 * 1024 * 1024) / Buffer.byteLength(row)))}`);
  const response = await page.request.post("/api/v1/admin/imports", {
    multipart: { file: { name: "很多行.csv", mimeType: "text/csv", buffer: body }, batch: "5" },
    headers: { Accept: "application/json" },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    status: "done",
    imported: 0,
    errorCount: 1,
    errors: [{ line: 0, message: "文件超过 50,000 行，未导入：请按批次或省份拆分后上传" }],
  });
});

test("the upload refuses a batch or year not in the batch table, saying why", async ({ page }) => {
  await signIn(page, "admin", "/admin/imports");
  await page.goto("/admin/imports");
  const file = { name: "第五批.csv", mimeType: "text/csv", buffer: csv([seededRow]) };
  for (const [batch, year, message] of [
    ["50", "", "批次“50”无效：应为 1 至 8 的整数"],
    ["1e1", "", "批次“1e1”无效：应为 1 至 8 的整数"],
    ["5", "2030", "年份“2030”无效：应为 2019 至 2026 年"],
    ["5", "2024", "年份“2024”与批次不符：第 5 批是 2023 年"],
  ]) {
    await page.getByLabel("名单文件").setInputFiles(file);
    await page.getByLabel("批次（可选）").fill(batch!);
    await page.getByLabel("公布年份（可选）").fill(year!);
    await page.getByRole("button", { name: "导入" }).click();
    await expect(page.getByRole("alert", { name: "请更正以下问题" })).toContainText(message!);
  }
  // Another site's form may not post here.
  const crossSite = await page.request.post("/api/v1/admin/imports", {
    multipart: { file: { ...file } },
    headers: { Origin: "https://attacker.example" },
  });
  expect(crossSite.status()).toBe(403);
});

test("a reviewer may not open the imports page", async ({ page }) => {
  await signIn(page, "reviewer");
  const response = await page.goto("/admin/imports");
  expect(response?.status()).toBe(403);
});

test("without JavaScript a refused list comes back with its bad rows and the batch and year as typed", async ({
  page,
}) => {
  await signIn(page, "admin", "/admin/imports");
  const bad = {
    name: "第五批-有误.csv",
    mimeType: "text/csv",
    buffer: csv([seededRow, "2,火星,无此省有限公司,C3451,齿轮,,"]),
  };
  const form = await page.request.post("/api/v1/admin/imports", {
    multipart: { file: bad, batch: "5", year: "2023" },
    maxRedirects: 0,
  });
  expect(form.status()).toBe(303);
  await page.goto(form.headers().location!);
  const refused = page.getByTestId("import-result");
  await expect(refused).toContainText("“第五批-有误.csv”未导入");
  await expect(refused).toContainText("第 3 行：无法识别的省份“火星”");
  await expect(page.getByLabel("批次（可选）")).toHaveValue("5");
  await expect(page.getByLabel("公布年份（可选）")).toHaveValue("2023");

  // A list without a batch column, and no batch given: the page says where to give it, in its own
  // words (a command-line flag is the command line's business).
  const noBatch = Buffer.from(`\uFEFF序号,省份,企业名称\n1,浙江,示例无批次有限公司\n`);
  await page.getByLabel("名单文件").setInputFiles({ name: "无批次.csv", mimeType: "text/csv", buffer: noBatch });
  await page.getByLabel("批次（可选）").fill("");
  await page.getByLabel("公布年份（可选）").fill("");
  await page.getByRole("button", { name: "导入" }).click();
  await expect(page.getByTestId("import-result")).toContainText("请在“批次”一栏填写整份名单的批次");
  await expect(page.getByTestId("import-result")).not.toContainText("--batch");
  await expectNoAxeViolations(page);
});
