import { expect, test, type Page } from "@playwright/test";
import { submittedAssessment } from "@/lib/admin/testing/submitted";
import { TIER_IDS, VERDICTS, type CriterionId } from "@/lib/criteria";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { aggregateInsights } from "@/lib/insights/aggregate";
import type { InsightRow } from "@/lib/insights/types";
import { expectNoAxeViolations } from "./axe";
import { e2eAssessments } from "./seed/admin.seed";
import { signIn } from "./support/admin";

// The admin seed's five submissions of 2 to 6 November 2026; the personas', the review desk's
// (8 November) and the assessments other tests submit fall outside these dates. The expected
// figures are worked out from the seed's own rows of those days, as submission wrote their columns.
const SEEDED = "from=2026-11-02&to=2026-11-06";
const inSeededDays = (o: (typeof e2eAssessments)[number]) =>
  o.submittedAt !== undefined && o.submittedAt < new Date("2026-11-07T00:00:00+08:00");
const rowOf = (options: (typeof e2eAssessments)[number]): InsightRow => {
  const a = submittedAssessment(options);
  return {
    tiers: {
      "innovative-sme": a.verdictInnovativeSme!,
      "specialized-sme": a.verdictSpecializedSme!,
      "little-giant": a.verdictLittleGiant!,
    },
    notMet: {
      "innovative-sme": a.unmetInnovativeSme as CriterionId[],
      "specialized-sme": a.unmetSpecializedSme as CriterionId[],
      "little-giant": a.unmetLittleGiant as CriterionId[],
    },
    metrics: {
      rdIntensity: a.rdIntensity ?? null,
      mainShare: a.mainShare ?? null,
      debtRatio: a.debtRatio ?? null,
      revenue: a.revenue ?? null,
    },
  };
};
const expected = (province?: string) =>
  aggregateInsights(
    e2eAssessments.filter((o) => inSeededDays(o) && (!province || o.province === province)).map(rowOf),
    "miit-2026",
  );

async function expectFigures(page: Page, figures: ReturnType<typeof expected>) {
  await expect(page.getByTestId("insights-total")).toHaveText(`共 ${figures.total} 份已提交的自评`);
  const tiers = page.getByTestId("tier-table");
  for (const tier of TIER_IDS)
    for (const verdict of VERDICTS)
      await expect(tiers.locator(`[data-tier="${tier}"] [data-verdict="${verdict}"]`)).toHaveText(
        String(figures.tiers[tier][verdict]),
      );
  const funnel = page.getByTestId("funnel-table");
  for (const tier of TIER_IDS)
    await expect(funnel.locator(`[data-stage="${tier}"] [data-cell="count"]`)).toHaveText(String(figures.funnel[tier]));
  const [top] = figures.unmet["little-giant"];
  if (top) {
    const row = page.getByTestId("unmet-little-giant").locator(`[data-criterion="${top.criterion}"]`);
    await expect(row.locator('[data-cell="count"]')).toHaveText(String(top.count));
  }
  const share = page.getByTestId("thresholds-mainShare");
  for (const th of figures.metrics.mainShare.thresholds)
    await expect(share.locator(`[data-criterion="${th.criterion}"] [data-cell="meets"]`)).toHaveText(String(th.meets));
}

test("anonymous visitors get the sign-in page", async ({ page }) => {
  await page.goto("/admin/insights");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Finsights/);
  await expectNoAxeViolations(page);
});

test("a reviewer sees the seeded submissions' figures, and the filters change them", async ({ page }) => {
  const all = expected();
  const guangdong = expected("44");
  // The seed has firms of three sizes: the figures are not all alike, so the filter shows.
  expect(all.total).toBe(5);
  expect(guangdong.total).toBe(2);
  expect(all.tiers["little-giant"]).not.toEqual(guangdong.tiers["little-giant"]);

  await signIn(page, "reviewer", `/admin/insights?${SEEDED}`);
  await expect(page.getByRole("heading", { level: 1, name: "申报概况" })).toBeVisible();
  await expectFigures(page, all);
  // Criteria by the catalogue's names, never ids.
  await expect(page.getByTestId("unmet-little-giant")).not.toContainText("lg.");
  await expectNoAxeViolations(page);

  await page.getByLabel("省份").selectOption("44");
  await page.getByRole("button", { name: "应用筛选" }).click();
  await expect(page).toHaveURL(/province=44/);
  await expect(page).toHaveURL(/from=2026-11-02/);
  await expectFigures(page, guangdong);
  await expect(page.getByRole("link", { name: "查看这些自评的列表" })).toHaveAttribute("href", /province=44/);
});

test.describe("on a 390 px phone", () => {
  for (const locale of ["zh-CN", "en"] as const)
    test(`in ${locale} the page fits the screen`, async ({ page, baseURL }) => {
      await signIn(page, "admin", "/admin/insights");
      await page.setViewportSize({ width: 390, height: 844 });
      await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
      await page.goto(`/admin/insights?${SEEDED}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        locale === "en" ? "Submissions at a glance" : "申报概况",
      );
      await expect(page.getByTestId("metric-revenue")).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    });
});
