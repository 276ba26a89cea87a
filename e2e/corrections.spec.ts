import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./support/admin";
import { expectNoMachineText } from "./support/machine-text";

test("a corrected figure re-evaluates every tier, with the submitted evaluation still shown", async ({ page }) => {
  await signIn(page, "reviewer", "/admin/assessments?q=ZJ-E2E007");
  await page.getByRole("link", { name: "东海精密传动有限公司" }).click();
  const littleGiant = page.getByTestId("summary-little-giant");
  await expect(littleGiant).toContainText("不符合条件");

  const panel = page.getByTestId("correction-panel");
  const correct = async (path: string, value: string, count: number) => {
    await panel.getByLabel("要更正的数字").selectOption(path);
    await panel.getByLabel("正确的值").fill(value);
    await panel.getByLabel("理由").fill("以 2025 年度审计报告为准，原填报漏了一位。");
    await panel.getByRole("button", { name: "保存更正" }).click();
    await expect(panel.getByTestId("corrections").getByRole("listitem")).toHaveCount(count);
  };
  // A value that is not a number is refused, with the typed text kept.
  await panel.getByLabel("要更正的数字").selectOption("finance.rdExpense.y1");
  await panel.getByLabel("正确的值").fill("七百二十");
  await panel.getByLabel("理由").fill("以审计报告为准");
  await panel.getByRole("button", { name: "保存更正" }).click();
  await expect(panel.getByRole("alert")).toContainText("请输入数字");
  await expect(panel.getByLabel("正确的值")).toHaveValue("七百二十");

  await correct("finance.rdExpense.y1", "720", 1);
  await correct("finance.rdExpense.y2", "610", 2);

  // Every tier evaluated again from the corrected figures; what was submitted stays beside it.
  await expect(littleGiant).toContainText("符合条件（提交时：不符合条件）");
  await expect(page.getByTestId("summary-specialized-sme")).toContainText("提交时：不符合条件");
  const both = page.getByTestId("correction-evaluations");
  await expect(both).toContainText("提交时");
  await expect(both).toContainText("更正后");
  await expect(page.getByTestId("corrections")).toContainText("72 万元 → 720 万元");
  await expect(page.getByTestId("corrected-answer").first()).toContainText("更正为：720 万元");
  await expect(page.getByTestId("history")).toContainText("更正数据");
  await expect(page.getByTestId("history")).toContainText("不符合 → 符合");
  await expectNoMachineText(page.getByRole("main"));
  await expectNoAxeViolations(page);

  // The list's verdict columns follow the corrected evaluation.
  await page.goto("/admin/assessments?q=ZJ-E2E007&littleGiant=eligible");
  await expect(page.getByTestId("result-count")).toHaveText("共 1 条记录");
  await page.goto("/admin/assessments?q=ZJ-E2E007&littleGiant=not_eligible");
  await expect(page.getByTestId("result-count")).toHaveText("共 0 条记录");
});
