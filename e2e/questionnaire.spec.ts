import { expect, test } from "@playwright/test";
import { setAt } from "@/lib/questionnaire/answers";
import { steps, type StepId } from "@/lib/questionnaire/steps";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { expectNoAxeViolations } from "./axe";
import { openPersona } from "./support/held";
import { personas } from "./support/personas";
import { completeStep, fillStep, startAssessment } from "./support/questionnaire";
import { ID } from "./paths";

// A persona who does not know everything: a few "don't know" answers, as real users give.
const persona = setAt(
  setAt(setAt(completeAnswers, "titles.highTech", null), "finance.equityFinancing3y", null),
  "market.shareInternational",
  null,
);

test("a company answers every step as a user would, leaves in the middle and finishes from its link in another browser", async ({
  page,
  browser,
}) => {
  // Twelve pages typed field by field, each checked by axe: the one journey kept whole through
  // the UI, so it gets three times the default budget on a slow 2-core machine.
  test.slow();
  const id = await startAssessment(page);
  await expect(page.getByRole("heading", { level: 1, name: "关于本次自评" })).toBeVisible();
  await expect(page.locator("#f-assessmentYear")).toHaveValue("2026");

  for (const step of steps.slice(0, 5)) {
    await expect(page).toHaveURL(new RegExp(`/assess/${id}/${step.id}$`));
    await expectNoAxeViolations(page);
    if (step.id === "finance") {
      await fillStep(page, "finance", persona);
      await expect(page.getByTestId("derived-mainBusinessShare")).toContainText("11,400 / 12,000 × 100 = 95%");
      await expect(page.getByTestId("derived-rdIntensityY1")).toContainText("720 / 12,000 × 100 = 6%");
      await page.locator("#f-finance-revenue-y1").blur();
      await expect(page.locator("#f-finance-revenue-y1")).toHaveValue("12,000");
    }
    await completeStep(page, step.id, persona);
  }

  // Leave in the middle; come back in another browser with the link.
  const link = await page.locator("#resume-link").inputValue();
  const reference = (await page.getByTestId("reference").textContent())?.replace("自评编号：", "");
  await page.close();
  const other = await browser.newContext();
  const resumed = await other.newPage();
  await resumed.goto(link);
  await expect(resumed).toHaveURL(new RegExp(`/assess/${id}/people$`));
  await expect(resumed.getByTestId("reference")).toContainText(reference!);

  for (const step of steps.slice(5)) {
    await expectNoAxeViolations(resumed);
    await completeStep(resumed, step.id, persona);
  }
  await expect(resumed).toHaveURL(new RegExp(`/assess/${id}/check$`));
  await expect(resumed.getByRole("heading", { level: 1, name: "核对您的回答" })).toBeVisible();
  await expectNoAxeViolations(resumed);
  await expect(resumed.getByText("示例精密机械有限公司")).toBeVisible();
  await other.close();
});

test("a draft left in the middle reopens from its link where it was left", async ({ page }) => {
  const id = await openPersona(page, "halfway");
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/people$`));
  await expect(page.getByTestId("reference")).toContainText(personas.halfway.reference);
  await expect(page).toHaveTitle("第6步，共12步：人员情况");
  await page.getByRole("link", { name: "返回上一步" }).click();
  await expect(page.locator("#f-finance-revenue-y1")).toHaveValue("12,000");
  await expect(page).toHaveTitle("第5步，共12步：财务情况");
  await expect(page.getByRole("heading", { level: 1, name: "财务情况" })).toBeFocused();
  await page.getByRole("button", { name: "切换到 English" }).click();
  await expect(page).toHaveTitle("Step 5 of 12: Finances");
});

test("from the check page a company changes an answer and submits once; back, resubmitting and refreshing change nothing", async ({
  page,
}) => {
  const id = await openPersona(page, "complete");
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/check$`));
  await expect(page.getByRole("heading", { level: 1, name: "核对您的回答" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "更改 企业名称" }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/company\\?return=check`));
  await page.locator("#f-company-name").fill("示例核对提交精工有限公司");
  await page.getByRole("button", { name: "保存并返回核对页" }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/check$`));
  await expect(page.getByText("示例核对提交精工有限公司")).toBeVisible();

  // A second tab left open on the check page, to send the same submission again later.
  const stale = await page.context().newPage();
  await stale.goto(`/assess/${id}/check`);
  await expect(stale.getByRole("button", { name: "确认并提交" })).toBeVisible();

  await page.getByRole("button", { name: "确认并提交" }).dblclick();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/result\\?submitted=1$`));
  await expect(page.getByRole("heading", { level: 1, name: "自评结果" })).toBeVisible();
  // The confirmation names the reference; what happens next: the official channel, the materials.
  await expect(page.getByRole("status").filter({ hasText: "已提交" })).toContainText("ZJ-E2EQ02");
  await expect(page.getByTestId("what-next")).toContainText("zjtx.miit.gov.cn");
  await expect(page.getByTestId("materials")).toContainText("经审计的财务报告");
  await expect(page.getByTestId("tier-little-giant")).toBeVisible();
  await expectNoAxeViolations(page);

  const submittedAt = await page.getByText(/^提交时间：/).textContent();

  // Back never shows the check page of a submitted draft: the result instead.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/result$`));
  await expect(page.getByText(/^提交时间：/)).toHaveText(submittedAt!);
  // Submitting again from the other tab and refreshing change nothing: one submission, frozen once.
  await stale.getByRole("button", { name: "确认并提交" }).click();
  await expect(stale).toHaveURL(new RegExp(`/assess/${id}/result\\?submitted=1$`));
  await stale.reload();
  await expect(stale.getByText(/^提交时间：/)).toHaveText(submittedAt!);
  await stale.close();
  await page.goto(`/assess/${id}/check`);
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/result$`));
  await page.goto(`/assess/${id}/finance`);
  await expect(page.getByRole("heading", { level: 1, name: "这份自评已经提交" })).toBeVisible();
  await page.getByRole("link", { name: "查看自评结果" }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/result$`));

  await page.getByRole("button", { name: "基于这些回答新建自评" }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${ID}/check$`));
  expect(page.url()).not.toContain(id);
  await expect(page.getByText("示例核对提交精工有限公司")).toBeVisible();
  // The copy says what it is, and marks the "don't know" answers to review.
  await expect(page.getByTestId("copy-banner")).toContainText("这是基于已提交的自评新建的一份自评");
  await expect(page.getByText("待确认").first()).toBeVisible();
});

test("bad input shows an error summary and field errors; nothing invalid is an answer, nothing typed is lost", async ({
  page,
}) => {
  const id = await startAssessment(page);
  for (const step of ["about", "company", "standing", "titles"] as StepId[])
    await completeStep(page, step, completeAnswers);
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/finance$`));
  // Each step has its own title, and focus starts at its heading.
  await expect(page).toHaveTitle("第5步，共12步：财务情况");
  await expect(page.getByRole("heading", { level: 1, name: "财务情况" })).toBeFocused();

  await page.locator("#f-finance-revenue-y1").fill("一万");
  await page.locator("#f-finance-revenue-y2").fill("10000");
  await page.locator("#f-finance-mainRevenue-y2").fill("12000");
  await page.getByRole("button", { name: "保存并继续" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "请更正以下问题" });
  await expect(summary).toBeFocused();
  // Each line names its field and year.
  await expect(summary.getByRole("link", { name: "2025年营业收入：请输入数字" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "2024年主营业务收入：主营业务收入不能高于营业收入" })).toBeVisible();
  await expect(summary.getByRole("link", { name: /请回答“2025年净利润”/ })).toBeVisible();
  await expect(page).toHaveTitle("错误：第5步，共12步：财务情况");
  await summary.getByRole("link", { name: "2025年营业收入：请输入数字" }).click();
  await expect(page.locator("#f-finance-revenue-y1")).toBeFocused();
  await expect(page.locator("#f-finance-revenue-y1")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/finance$`));
  await expectNoAxeViolations(page);

  // What was typed comes back, with its errors: the valid answer is saved, the rest kept to correct.
  await page.reload();
  await expect(page.locator("#f-finance-revenue-y1")).toHaveValue("一万");
  await expect(page.locator("#f-finance-revenue-y2")).toHaveValue("10,000");
  await expect(page.locator("#f-finance-mainRevenue-y2")).toHaveValue("12000");
  await expect(page.locator("#f-finance-mainRevenue-y2")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "请更正以下问题" })).toBeVisible();
});

test("a deep link to a step not reached yet goes to the first unanswered step", async ({ page }) => {
  const id = await startAssessment(page);
  await page.goto(`/assess/${id}/market`);
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/about$`));
  await page.goto(`/assess/${id}/check`);
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/about$`));
});

test("editing in two tabs never silently overwrites: the second save shows a conflict and keeps its input", async ({
  page,
  context,
}) => {
  const id = await startAssessment(page);
  await completeStep(page, "about", completeAnswers);
  const second = await context.newPage();
  await second.goto(`/assess/${id}/company`);

  await expect(page.getByTestId("save-status")).toContainText(/上次保存于 \d\d:\d\d/);
  await page.locator("#f-company-name").fill("第一个窗口的名称");
  // The autosave lands while the user pauses; the status says so.
  await expect(page.getByTestId("save-status")).toContainText(/已于 \d\d:\d\d 保存/);

  await fillStep(second, "company", setAt(completeAnswers, "company.name", "第二个窗口的名称"));
  await second.getByRole("button", { name: "保存并继续" }).click();
  await expect(second.getByRole("heading", { name: "这份自评已在其他窗口或设备上更新" })).toBeVisible();
  await expect(second.locator("#f-company-name")).toHaveValue("第二个窗口的名称");
  await expect(second).toHaveURL(new RegExp(`/assess/${id}/company$`));

  await second.getByRole("button", { name: "用本页内容覆盖" }).click();
  await expect(second).toHaveURL(new RegExp(`/assess/${id}/standing$`));
  await page.reload();
  await expect(page.locator("#f-company-name")).toHaveValue("第二个窗口的名称");
});

test("a resume link that is wrong says so", async ({ page }) => {
  await page.goto(`/assess/resume/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "无法使用这个链接" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the home page reopens a draft from a pasted link", async ({ page, browser }) => {
  await startAssessment(page);
  const link = await page.locator("#resume-link").inputValue();
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto("/");
  // As pasted from a chat: words and a full stop around the link.
  await fresh.getByLabel("继续填写链接").fill(`继续填写的链接：${link}。`);
  await fresh.getByRole("button", { name: "继续填写" }).click();
  await expect(fresh).toHaveURL(new RegExp(`/assess/${ID}/about$`));
  await expect(fresh.getByRole("heading", { level: 1, name: "关于本次自评" })).toBeVisible();
  // The reference alone names the assessment but cannot open it: the page says what is needed.
  await fresh.goto("/");
  await fresh.getByLabel("继续填写链接").fill("ZJ-7K3M9Q");
  await fresh.getByRole("button", { name: "继续填写" }).click();
  await expect(fresh.getByRole("heading", { name: "这是自评编号，不是继续填写的链接" })).toBeVisible();
  await other.close();
});

test.describe("without JavaScript", () => {
  // Where a double click really sends the form twice: the server makes one draft of both.
  test.use({ javaScriptEnabled: false });

  test("starting twice from the same page (a double click) opens one draft", async ({ page, context }) => {
    await page.goto("/assess/new");
    const key = await page.locator('input[name="key"]').inputValue();
    await page.getByRole("button", { name: "开始" }).click();
    await page.waitForURL(new RegExp(`/assess/${ID}/about$`));
    const first = page.url();
    // The same page's form posted a second time, with the same key.
    const again = await context.newPage();
    await again.goto("/assess/new");
    await again.locator('input[name="key"]').evaluate((input: HTMLInputElement, k) => (input.value = k), key);
    await again.getByRole("button", { name: "开始" }).click();
    await again.waitForURL(new RegExp(`/assess/${ID}/about$`));
    expect(again.url()).toBe(first);
  });
});
