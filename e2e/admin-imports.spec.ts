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

  await page.getByRole("button", { name: "导入" }).click();
  await expect(page.getByRole("alert", { name: "请更正以下问题" })).toContainText("请选择要导入的名单文件");

  await page.getByLabel("名单文件").setInputFiles({
    name: "第五批-有误.csv",
    mimeType: "text/csv",
    buffer: csv([seededRow, "2,火星,上传测试乙有限公司,C3451,齿轮,,"]),
  });
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

test("a reviewer may not open the imports page", async ({ page }) => {
  await signIn(page, "reviewer");
  const response = await page.goto("/admin/imports");
  expect(response?.status()).toBe(403);
});
