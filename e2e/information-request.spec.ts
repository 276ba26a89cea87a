import { expect, test } from "@playwright/test";
import { fieldId } from "@/lib/ui/questionnaire/field-ids";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./support/admin";
import { openPersona } from "./support/held";
import { expectNoMachineText } from "./support/machine-text";

const COMPANY = "示例补充信息精工有限公司";

test("a request for more information reaches the company's result page, and its reply returns to the same case", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The company leaves a contact on its check page; an invalid phone comes back as typed, with its message.
  const draftId = await openPersona(page, "replying");
  await page.goto(`/assess/${draftId}/check`);
  await page.getByLabel("联系人").fill("陈会计");
  await page.getByLabel("联系电话").fill("0571-88ab");
  await page.getByLabel("电子邮箱").fill("chen@firm.cn");
  await page.getByRole("button", { name: "确认并提交" }).click();
  // The refusal takes focus and links to the field to correct.
  const refusal = page.getByRole("alert").filter({ hasText: "联系方式有误" });
  await expect(refusal).toBeFocused();
  await expect(refusal.getByRole("link", { name: "联系电话" })).toHaveAttribute("href", `#${fieldId("contact.phone")}`);
  // No mail server here: the e-mail's help does not promise an e-mail.
  await expect(page.getByText("请您补充信息时，会在本自评的结果页上写明")).toBeVisible();
  await expect(page.getByLabel("联系电话")).toHaveValue("0571-88ab");
  await expect(page.getByLabel("联系电话")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("联系人")).toHaveValue("陈会计");
  await page.getByLabel("联系电话").fill("0571-88886666");
  await page.getByRole("button", { name: "确认并提交" }).click();
  await expect(page.getByTestId("submitted")).toBeVisible();
  const caseUrl = page.url().replace(/\?.*$/, "");

  // The reviewer, in another browser, takes it into review and asks for more information.
  const desk = await browser.newPage({ locale: "zh-CN" });
  await signIn(desk, "reviewer", `/admin/assessments?q=${encodeURIComponent(COMPANY)}`);
  await desk.getByRole("link", { name: COMPANY }).click();
  await expect(desk.getByTestId("contact")).toContainText("陈会计");
  await expect(desk.getByTestId("contact").getByRole("link", { name: "0571-88886666" })).toHaveAttribute(
    "href",
    "tel:0571-88886666",
  );
  const review = async (to: string, note: string) => {
    await desk.getByLabel("新状态").selectOption({ label: to });
    await desk.getByLabel("审核意见").fill(note);
    await desk.getByRole("button", { name: "更改状态" }).click();
    await expect(desk.getByTestId("current-status")).toContainText(to);
  };
  await review("审核中", "开始审核。");
  // Before asking, the page says what the company will be shown.
  await expect(desk.getByTestId("request-preview")).toContainText("研发");
  await review("需补充材料", "请核对上年度研发费用，并上传审计报告。");
  const panel = desk.getByTestId("information-panel");
  await expect(panel).toContainText("请核对上年度研发费用，并上传审计报告。");
  await expect(panel).toContainText("本站未配置邮件服务");
  await expect(panel).toContainText("等待企业答复");

  // The company sees the request on its result page and answers in a linked copy.
  await page.goto(caseUrl);
  const request = page.getByTestId("information-request");
  await expect(request).toContainText("审核人员请您补充信息");
  await expect(request).toContainText("请核对上年度研发费用，并上传审计报告。");
  await expect(request).toContainText("不满足");
  await request.getByRole("button", { name: "修改回答并答复" }).click();
  const banner = page.getByTestId("reply-banner");
  await expect(banner).toContainText("这是对审核人员补充信息要求的答复");
  // Each answer a criterion rests on is a link named by its question, to that very field.
  const rdLink = banner.getByRole("link", { name: /年研发费用$/ }).first();
  await expect(banner.getByRole("link", { name: /年营业收入$/ }).first()).toBeVisible();
  await rdLink.click();
  await expect(page).toHaveURL(new RegExp(`/finance\\?return=check#${fieldId("finance.rdExpense.y1")}$`));
  await page.locator(`#${fieldId("finance.rdExpense.y1")}`).fill("720");
  await page.locator(`#${fieldId("finance.rdExpense.y2")}`).fill("610");
  await page.getByRole("button", { name: "保存并返回核对页" }).click();
  await expect(page).toHaveURL(/\/check$/);
  await expect(page.getByLabel("联系人")).toHaveValue("陈会计");
  await expect(page.getByRole("heading", { name: "提交答复" })).toBeVisible();
  await page.getByLabel("给审核人员的说明（选填）").fill("已按审计报告更正研发费用。");
  await page.getByRole("button", { name: "提交答复" }).click();
  await expect(page.getByTestId("replied")).toBeVisible();
  expect(page.url().replace(/\?.*$/, "")).toBe(caseUrl);
  // One confirmation, not two saying the same.
  await expect(page.getByTestId("information-answered")).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Back to the reply's page: it was sent, so the case's result instead, saying when.
  await page.goBack();
  await expect(page).toHaveURL(caseUrl);
  await expect(page.getByTestId("information-answered")).toContainText("您已于");

  // Back on the reviewer's desk: the same case, in review again, with what the reply changed.
  await desk.reload();
  await expect(desk.getByTestId("current-status")).toContainText("审核中");
  const reply = desk.getByTestId("information-reply");
  await expect(reply).toContainText("企业说明：已按审计报告更正研发费用。");
  await expect(reply.getByTestId("reply-changes")).toContainText("300 万元 → 720 万元");
  await expect(reply.getByTestId("reply-changes")).toContainText("200 万元 → 610 万元");
  await expect(reply.getByTestId("reply-verdicts")).toContainText("不符合条件 → 符合条件");
  // The checklist says what the reply made of each criterion listed.
  await expect(desk.getByTestId("information-panel")).toContainText("：不满足；答复后：满足");
  await expect(desk.getByTestId("history")).toContainText("企业答复补充信息");
  await expect(desk.getByTestId("history")).toContainText("审核状态：需补充材料 → 审核中");
  await expectNoMachineText(desk.getByRole("main"));
  await expectNoAxeViolations(desk);

  // In English, the panel reads as well.
  await desk.getByRole("button", { name: "切换到 English" }).click();
  await expect(desk.getByTestId("information-panel")).toContainText("The company replied on");
  await expect(desk.getByTestId("information-panel")).toContainText(": Not met; after the reply: Met");
  await expectNoMachineText(desk.getByRole("main"));
  await desk.close();
});
