import { getTranslations } from "next-intl/server";
import { getRulesetInfo } from "@/lib/criteria";
import type { Locale } from "@/lib/i18n/locales";
import type { InsightFigures, InsightSubject } from "@/lib/insights/types";
import { numberFormats } from "./format";
import { FunnelSection } from "./funnel-section";
import { MetricSection } from "./metric-section";
import { TierSection } from "./tier-section";
import { UnmetSection } from "./unmet-section";

/**
 * The insights' charts and tables for any figures: the submitted assessments' (/admin/insights)
 * or a list of firms aggregated in memory (aggregateInsights), such as a stored screening.
 * `rulesetChosen`: whether the reader picked the rule set whose thresholds are shown.
 */
export async function InsightsView({
  figures,
  locale,
  rulesetChosen,
  subject = "submissions",
}: {
  figures: InsightFigures;
  locale: Locale;
  rulesetChosen: boolean;
  /** What is counted: submitted assessments (份), or a list's firms (家). */
  subject?: InsightSubject;
}) {
  const t = await getTranslations("insights");
  const f = numberFormats(locale);
  const ruleset = getRulesetInfo(figures.ruleset).title[locale];
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <p role="status" data-testid="insights-total" className="text-lg font-semibold">
          {t("total", { count: f.count(figures.total), subject })}
        </p>
        <p className="text-sm">{rulesetChosen ? t("thresholds", { ruleset }) : t("thresholdsInForce", { ruleset })}</p>
      </div>
      {figures.total === 0 ? (
        <p>{t("empty", { subject })}</p>
      ) : (
        <>
          <TierSection figures={figures} locale={locale} subject={subject} />
          <FunnelSection figures={figures} locale={locale} subject={subject} />
          <UnmetSection figures={figures} locale={locale} subject={subject} />
          <MetricSection figures={figures} locale={locale} subject={subject} />
        </>
      )}
    </div>
  );
}
