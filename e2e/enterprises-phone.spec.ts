import { expect, test, type Page } from "@playwright/test";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { expectNoAxeViolations } from "./axe";
import { SEEDED_FIRM } from "./seed/enterprises.seed";
import { openPersona } from "./support/held";
import { expectNoSidewaysScroll } from "./support/no-sideways-scroll";

// The enterprise browser and the comparison on a phone, in both languages: nothing scrolls
// sideways, wide tables turn into cards, and axe finds nothing.

const WORDS = {
  "zh-CN": {
    held: "本库企业数",
    expired: "已过期",
    revoked: "已撤销",
    ended: "已于 2022 年届满",
    compareTitle: "与已认定企业比较",
    similarFor: "与“精密机械零部件”相近",
    fromAnswer: "问卷中填写的主导产品",
  },
  en: {
    held: "In this database",
    expired: "Expired",
    revoked: "Revoked",
    ended: "Ended in 2022",
    compareTitle: "Compare with designated enterprises",
    similarFor: 'Similar to "精密机械零部件"',
    fromAnswer: "the main product you gave in the questionnaire",
  },
} as const;

/** An enterprise of batch 1 (2019) whose title the list does not record as revoked. */
async function firstBatchFirm(page: Page): Promise<string> {
  const { items } = await (await page.request.get("/api/v1/enterprises?batch=1&limit=20")).json();
  return (items as { id: string; status: string }[]).find((i) => i.status !== "revoked")!.id;
}

for (const width of [320, 390])
  for (const locale of ["zh-CN", "en"] as const) {
    const w = WORDS[locale];

    test(`at ${width} px in ${locale}, the enterprises, a firm's page and the comparison fit the screen`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);

      await page.goto("/enterprises");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByTestId("enterprise-cards")).toBeVisible();
      await expect(page.getByTestId("enterprise-table")).toBeHidden();
      await expect(page.locator("figure .recharts-wrapper > svg")).toBeVisible();
      // The batch figures are cards too, and their labels keep to one line.
      const held = page.getByTestId("batch-cards").getByText(w.held, { exact: true }).first();
      await expect(held).toBeVisible();
      const lineHeight = await held.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect((await held.boundingBox())!.height).toBeLessThan(1.5 * lineHeight);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);

      // Batch 1 was designated in 2019: three years on, its titles are past their validity.
      await page.goto("/enterprises?batch=1");
      const statuses = await page.getByTestId("enterprise-cards").getByTestId("title-status").allTextContents();
      expect(statuses.length).toBeGreaterThan(0);
      for (const status of statuses) expect([w.expired, w.revoked]).toContain(status);
      expect(statuses).toContain(w.expired);
      await page.goto(`/enterprises/${await firstBatchFirm(page)}`);
      await expect(page.getByTestId("firm-details")).toContainText(w.expired);
      await expect(page.getByTestId("firm-details")).toContainText(w.ended);
      await expectNoSidewaysScroll(page);

      await page.goto(`/enterprises?q=${encodeURIComponent("五轴数控")}`);
      await page.getByRole("link", { name: SEEDED_FIRM.name }).click();
      await expect(page.getByRole("heading", { level: 1, name: SEEDED_FIRM.name })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);

      const id = await openPersona(page, "eligible");
      await page.goto(`/assess/${id}/compare`);
      await expect(page.getByRole("heading", { level: 1, name: w.compareTitle })).toBeVisible();
      await expect(page.getByTestId("standings-cards")).toBeVisible();
      await expect(page.getByTestId("standings")).toBeHidden();
      // The main product answered in the questionnaire finds the sample firms that make it.
      await expect(page.getByTestId("similar-for")).toContainText(w.similarFor);
      await expect(page.getByTestId("similar-for")).toContainText(w.fromAnswer);
      await expect(page.getByTestId("similar-firms").getByRole("listitem").first()).toContainText("精密机械零部件");
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  }

test("the report's comparison links to the full comparison and to the peers in the enterprise list", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const id = await openPersona(page, "eligible");
  const panel = page.getByTestId("comparison");
  await expect(panel.getByTestId("standings-cards")).toBeVisible();
  expect(await panel.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(panel.getByTestId("similar-firms").getByRole("link").first()).toHaveAttribute(
    "href",
    /^\/enterprises\/[0-9a-f-]{36}$/,
  );
  await panel.getByRole("link", { name: "查看完整比较：同行中的位置、主导产品相近的企业" }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/compare$`));
  await expect(page.getByLabel("贵公司的主导产品")).toHaveValue("精密机械零部件");
  await expect(page.getByTestId("full-comparison-link")).toHaveCount(0);

  await page
    .getByTestId("peer-links")
    .getByRole("link", { name: /^福建省、/ })
    .click();
  await expect(page).toHaveURL(/\/enterprises\?province=35&industry=C/);
  await expect(page.getByLabel("省份", { exact: true })).toHaveValue("35");
  await expect(page.getByTestId("total")).not.toHaveText("共 0 家企业");
  const provinces = await page.getByTestId("enterprise-cards").getByTestId("card-province").allTextContents();
  expect(provinces.length).toBeGreaterThan(0);
  for (const province of provinces) expect(province).toMatch(/^福建省/);
});
