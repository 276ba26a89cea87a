import { expect, test, type Page } from "@playwright/test";
import { setAt } from "@/lib/questionnaire/answers";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { expectNoAxeViolations } from "./axe";
import { openPersona } from "./support/held";
import { fillStep } from "./support/questionnaire";

// Nothing a company types is lost: a refused page keeps every character, on reload, after Back
// and in a second tab; a page works before and without JavaScript; Back never shows a stale page.
// On a 390 px phone, in both languages.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const words = {
  "zh-CN": {
    next: "保存并继续",
    back: "返回上一步",
    summary: "请更正以下问题",
    revenueError: "2025年营业收入：请输入数字",
    kept: /已于 \d\d:\d\d 保存有效的回答/,
  },
  en: {
    next: "Save and continue",
    back: "Back to the previous step",
    summary: "There is a problem",
    revenueError: /2025.*: Enter a number/,
    kept: /Valid answers saved at \d\d:\d\d/,
  },
} as const;

const revenue = (page: Page) => page.locator("#f-finance-revenue-y1");

for (const [locale, persona] of [
  ["zh-CN", "typing"],
  ["en", "typingEn"],
] as const) {
  test(`${locale}: a refused finance page keeps every typed character on reload, after Back and in a second tab`, async ({
    page,
    context,
  }) => {
    const w = words[locale];
    const id = await openPersona(page, persona);
    if (locale === "en") {
      await page.getByRole("button", { name: "切换到 English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    }
    await expect(page).toHaveURL(new RegExp(`/assess/${id}/finance$`));
    // Thirteen correct figures and one typo: a letter O for a zero.
    await fillStep(page, "finance", setAt(completeAnswers, "finance.revenue.y1", "2,5OO"));
    await page.getByRole("button", { name: w.next }).click();
    const summary = page.getByRole("alert").filter({ hasText: w.summary });
    await expect(summary.getByRole("link", { name: w.revenueError })).toBeVisible();
    await expect(page.getByTestId("save-status")).toContainText(w.kept);
    await expectNoAxeViolations(page);

    const typed = async (p: Page) => {
      await expect(revenue(p)).toHaveValue("2,5OO");
      await expect(revenue(p)).toHaveAttribute("aria-invalid", "true");
      await expect(p.locator("#f-finance-revenue-y2")).toHaveValue("10,500");
      await expect(p.locator("#f-finance-rdExpense-y1")).toHaveValue("720");
      await expect(p.locator("#f-finance-totalAssets")).toHaveValue("15,000");
    };
    await page.reload();
    await typed(page);

    await page.getByRole("link", { name: w.back }).click();
    await expect(page).toHaveURL(new RegExp(`/assess/${id}/titles$`));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/assess/${id}/finance$`));
    await typed(page);

    const second = await context.newPage();
    await second.goto(`/assess/${id}/finance`);
    await typed(second);
    await second.close();

    // Corrected, the page moves on and the kept text is gone.
    await revenue(page).fill("12000");
    await page.getByRole("button", { name: w.next }).click();
    await expect(page).toHaveURL(new RegExp(`/assess/${id}/people$`));
    await page.goBack();
    await expect(revenue(page)).toHaveValue("12,000");
    await expect(revenue(page)).not.toHaveAttribute("aria-invalid", "true");
  });
}

test("Back after a save shows the saved values, not the page as it was", async ({ page }) => {
  const id = await openPersona(page, "goingBack");
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/people$`));
  await page.getByRole("link", { name: "返回上一步" }).click();
  await expect(revenue(page)).toHaveValue("12,000");
  await revenue(page).fill("13000");
  await page.getByRole("button", { name: "保存并继续" }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/people$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/finance$`));
  await expect(revenue(page)).toHaveValue("13,000");
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/people$`));
  await page.reload();
  await page.goBack();
  await expect(revenue(page)).toHaveValue("13,000");
});

test("the industry is found from its name, and a founding date after the assessment year is refused", async ({
  page,
}) => {
  const id = await openPersona(page, "companyPage");
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/company$`));
  await fillStep(page, "company", setAt(completeAnswers, "company.foundedOn", "2030-01-01"));
  const industry = page.locator("#f-company-industryCode");
  await industry.fill("稀有稀土金属冶炼");
  await expect(page.getByText("已识别：C 制造业 › C32 有色金属冶炼和压延加工业 › C323 稀有稀土金属冶炼")).toBeVisible();
  // A name the list does not hold: the nearest ones, to pick from.
  await industry.fill("锗材料");
  const suggestions = page.getByTestId("industry-suggestions");
  await expect(suggestions).toBeVisible();
  const first = suggestions.getByRole("button").first();
  const picked = (await first.textContent())!;
  await first.click();
  await expect(industry).toHaveValue(picked);
  await page.getByRole("button", { name: "保存并继续" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请更正以下问题" })).toContainText(
    "成立日期晚于评价年度，请核对成立日期和评价年度",
  );
  const foundedOn = page.locator("#f-company-foundedOn");
  await expect(foundedOn).toHaveAttribute("aria-invalid", "true");
  await foundedOn.fill("2012-05-18");
  // Corrected, the field is no longer marked (its message goes, and the page settles) before moving on.
  await expect(foundedOn).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "保存并继续" }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/standing$`));
  await page.goBack();
  await expect(industry).toHaveValue(picked);
});

test("leaving with changes not saved yet asks first", async ({ page }) => {
  const id = await openPersona(page, "leaving");
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/people$`));
  // Hold every save, so the change stays unsaved whatever the machine's speed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/assess/${id}/**`, async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await page.locator("#f-people-employees").click();
  await page.locator("#f-people-employees").fill("300");
  const dialog = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  expect(asked.type()).toBe("beforeunload");
  await asked.dismiss();
  expect(page.isClosed()).toBe(false);
  // Let the held save through and wait for it, so no route handler outlives the test.
  release();
  await page.unrouteAll({ behavior: "wait" });
  await expect(page.getByTestId("save-status")).toContainText(/已于 \d\d:\d\d 保存/);
});

test("a submitted assessment's step says it is submitted and offers the result and a copy", async ({ page }) => {
  const id = await openPersona(page, "eligible");
  await page.goto(`/assess/${id}/finance`);
  await expect(page.getByRole("heading", { level: 1, name: "这份自评已经提交" })).toBeVisible();
  await expect(page.getByText("回答已锁定，不能再修改")).toBeVisible();
  await expect(page.getByRole("link", { name: "查看自评结果" })).toHaveAttribute("href", `/assess/${id}/result`);
  await expect(page.getByRole("button", { name: "基于这些回答新建自评" })).toBeVisible();
  await expect(page.locator("#f-finance-revenue-y1")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a step is refused with its errors and the typed text, then completed", async ({ page }) => {
    const id = await openPersona(page, "noScript");
    await expect(page).toHaveURL(new RegExp(`/assess/${id}/people$`));
    await expect(page).toHaveTitle("第6步，共12步：人员情况");
    await page.locator("#f-people-employees").fill("二百六十");
    await page.locator("#f-people-rdStaff").fill("58");
    await page.getByRole("button", { name: "保存并继续" }).click();
    await expect(page).toHaveURL(new RegExp(`/assess/${id}/people\\?errors=1$`));
    await expect(page).toHaveTitle("错误：第6步，共12步：人员情况");
    await expect(page.getByRole("alert").filter({ hasText: "请更正以下问题" })).toContainText(/从业人员.*：请输入/);
    await expect(page.locator("#f-people-employees")).toHaveValue("二百六十");
    await expect(page.locator("#f-people-rdStaff")).toHaveValue("58");
    await page.locator("#f-people-employees").fill("260");
    await page.getByRole("button", { name: "保存并继续" }).click();
    await expect(page).toHaveURL(new RegExp(`/assess/${id}/market$`));
    await expect(page.getByRole("heading", { level: 1, name: "市场地位" })).toBeVisible();
  });
});
