import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./support/admin";
import { expectNoMachineText } from "./support/machine-text";

test("a reviewer reads the verdicts, gaps and key figures first, follows a criterion to its answers, and an override moves the verdict", async ({
  page,
}) => {
  await signIn(page, "reviewer", "/admin/assessments?q=ZJ-E2E006");
  await page.getByRole("link", { name: "江南测控仪器有限公司" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "江南测控仪器有限公司" })).toBeVisible();

  // At the top: each tier's verdict with what decided it, then the firm's key figures.
  const summary = page.getByTestId("review-summary");
  const littleGiant = summary.getByTestId("summary-little-giant");
  await expect(littleGiant).toContainText("不符合条件");
  await expect(littleGiant).toContainText("未满足的条件");
  await expect(summary.getByTestId("summary-specialized-sme")).toContainText("尚待确认或需人工判断的条件");
  // Still in review: it cannot be recorded as designated.
  await expect(page.getByTestId("designate-closed")).toContainText("只有状态为“推荐”的自评才能登记认定");
  const figures = summary.getByTestId("key-figures");
  await expect(figures).toContainText("江苏省");
  await expect(figures).toContainText("3,000 万元");
  await expect(figures).toContainText("研发");

  // A criterion of the summary opens its card; the card reads as the company's report does and
  // links to the answers it rests on.
  const firstGap = littleGiant.getByRole("link").first();
  const criterion = (await firstGap.textContent())!;
  await firstGap.click();
  const card = page.locator(":target");
  await expect(card).toContainText(criterion);
  await expect(card).toContainText("不满足");
  const answerLink = card.getByRole("link").filter({ hasText: "营业收入" }).first();
  await answerLink.click();
  await expect(page.locator(":target")).toContainText("3,000");
  await expectNoMachineText(page.getByRole("main"));
  await expectNoAxeViolations(page);

  // Overriding every unmet Little Giant criterion makes the tier eligible; the summary says what it was.
  for (let left = await littleGiant.getByRole("link").count(); left > 0; left--) {
    const id = (await littleGiant.getByRole("link").first().getAttribute("href"))!.slice(1);
    const target = page.locator(`[id="${id}"]`);
    await target.getByText("调整此项结果").click();
    await target.getByLabel("调整后的结果").selectOption("met");
    await target.getByLabel("理由").fill("已核对审计报告，上年度营业收入以合并报表为准。");
    await target.getByRole("button", { name: "保存调整" }).click();
    await expect(littleGiant.getByRole("link")).toHaveCount(left - 1);
  }
  await expect(littleGiant).toContainText("符合条件（提交时：不符合条件）");
  await expect(page.getByTestId("history")).toContainText("单项结果：不满足 → 满足");
  await expectNoMachineText(page.getByRole("main"));
});

test.describe("in English", () => {
  test("the review desk reads in English, without machine notation", async ({ page }) => {
    await signIn(page, "reviewer", "/admin/assessments?q=ZJ-E2E006");
    await page.getByRole("button", { name: "切换到 English" }).click();
    await page.getByRole("link", { name: "江南测控仪器有限公司" }).click();
    await expect(page.getByTestId("review-summary")).toContainText("Verdicts and key figures");
    await expect(page.getByTestId("key-figures")).toContainText("Jiangsu");
    await expectNoMachineText(page.getByRole("main"));
    await expectNoAxeViolations(page);
  });
});
