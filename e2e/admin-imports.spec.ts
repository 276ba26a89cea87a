import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./support/admin";

const csv = (rows: string[]) => Buffer.from(`\uFEFF序号,省份,企业名称,主导产品\n${rows.join("\n")}\n`, "utf8");

test("an admin uploads an official list: a bad row refuses the file, a clean one imports", async ({ page }) => {
  await signIn(page, "admin", "/admin/imports");
  await page.getByRole("link", { name: "导入名单" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "导入认定企业名单" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "导入" }).click();
  await expect(page.getByRole("alert", { name: "请更正以下问题" })).toContainText("请选择要导入的名单文件");

  await page.getByLabel("名单文件").setInputFiles({ name: "第九批-有误.csv", mimeType: "text/csv", buffer: csv(["1,浙江省,上传测试甲精工有限公司,精密轴承", "2,火星,上传测试乙有限公司,齿轮"]) });
  await page.getByLabel("批次（可选）").fill("8");
  await page.getByRole("button", { name: "导入" }).click();
  const refused = page.getByTestId("import-result");
  await expect(refused).toContainText("“第九批-有误.csv”未导入");
  await expect(refused).toContainText("第 3 行");

  await page.getByLabel("名单文件").setInputFiles({ name: "第八批.csv", mimeType: "text/csv", buffer: csv(["1,浙江省,上传测试甲精工有限公司,精密轴承", "2,宁波,上传测试乙有限公司,齿轮"]) });
  await page.getByLabel("批次（可选）").fill("8");
  await page.getByRole("button", { name: "导入" }).click();
  await expect(page.getByTestId("import-result")).toContainText("已导入“第八批.csv”：新增 2 家，更新 0 家。");
  await expect(page.getByRole("row").filter({ hasText: "第八批.csv" })).toContainText("admin@e2e.test");

  await page.goto("/enterprises?q=上传测试乙");
  await expect(page.getByText("上传测试乙有限公司").first()).toBeVisible();
});

test("a reviewer may not open the imports page", async ({ page }) => {
  await signIn(page, "reviewer");
  const response = await page.goto("/admin/imports");
  expect(response?.status()).toBe(403);
});
