import { getTranslations } from "next-intl/server";
import { criterionLabels, tierTitle } from "@/lib/criteria";
import type { Locale } from "@/lib/i18n/locales";
import { upperInclusive } from "@/lib/insights/bins";
import { METRICS, type InsightFigures, type InsightSubject, type MetricId } from "@/lib/insights/types";
import { BarRows } from "./bar-rows";
import { binLabel, numberFormats } from "./format";

const cell = "border-b border-gray-300 px-2 py-1";

/** Each main figure as a histogram with its thresholds, the bars' table and the thresholds' table. */
export async function MetricSection({
  figures,
  locale,
  subject,
}: {
  figures: InsightFigures;
  locale: Locale;
  subject: InsightSubject;
}) {
  const t = await getTranslations("insights.metrics");
  return (
    <section aria-labelledby="insights-metrics" className="space-y-3">
      <h2 id="insights-metrics" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p>{t("intro", { subject })}</p>
      {METRICS.map((metric) => (
        <Metric key={metric} metric={metric} figures={figures} locale={locale} subject={subject} />
      ))}
    </section>
  );
}

async function Metric({
  metric,
  figures,
  locale,
  subject,
}: {
  metric: MetricId;
  figures: InsightFigures;
  locale: Locale;
  subject: InsightSubject;
}) {
  const t = await getTranslations("insights.metrics");
  const f = numberFormats(locale);
  const m = figures.metrics[metric];
  const name = t(`names.${metric}`);
  const upper = upperInclusive(metric);
  const thresholdName = (th: (typeof m.thresholds)[number]) =>
    t("thresholdName", {
      tier: tierTitle(locale, figures.ruleset, th.tier),
      criterion: criterionLabels[locale][th.criterion],
    });
  const opText = (th: (typeof m.thresholds)[number]) =>
    t(th.op === ">=" ? "op.min" : "op.max", { value: f.value(th.value) });
  const bars = m.bins.map((bin) => {
    const here = m.thresholds.filter((th) => th.value === bin.lo);
    return {
      key: `${bin.lo}-${bin.hi}`,
      label: binLabel(bin, upper, f.value, (key, values) => t(`bins.${key}`, values)),
      value: bin.count,
      shown: f.count(bin.count),
      mark: here.length
        ? here.map((th) => t("mark", { name: thresholdName(th), op: opText(th) })).join(" / ")
        : undefined,
    };
  });
  return (
    <div className="space-y-2" data-testid={`metric-${metric}`}>
      <h3 className="text-lg font-bold">{name}</h3>
      <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        <BarRows rows={bars} />
        <table className="w-full text-left text-sm [overflow-wrap:anywhere]">
          <caption className="mb-1 text-left font-semibold">
            {t("caption", { metric: name, unit: t(`units.${metric}`) })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t("range")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("count", { subject })}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key}>
                <th scope="row" className={`${cell} font-normal`}>
                  {b.label}
                </th>
                <td className={`${cell} text-right tabular-nums`}>{b.shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-muted">
        {t(upper ? "upperInclusive" : "lowerInclusive")} {t("unknown", { count: f.count(m.unknown), subject })}
      </p>
      {m.thresholds.length === 0 ? (
        <p className="text-sm">{t("noThreshold")}</p>
      ) : (
        <table className="w-full text-left text-sm [overflow-wrap:anywhere]" data-testid={`thresholds-${metric}`}>
          <caption className="mb-1 text-left font-semibold">{t("thresholdCaption", { metric: name })}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t("tier")}
              </th>
              <th scope="col" className={cell}>
                {t("threshold")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("meets")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("misses")}
              </th>
            </tr>
          </thead>
          <tbody>
            {m.thresholds.map((th) => (
              <tr key={th.criterion} data-criterion={th.criterion}>
                <th scope="row" className={`${cell} font-normal`}>
                  {thresholdName(th)}
                </th>
                <td className={cell}>{opText(th)}</td>
                <td data-cell="meets" className={`${cell} text-right tabular-nums`}>
                  {f.count(th.meets)}
                </td>
                <td data-cell="misses" className={`${cell} text-right tabular-nums`}>
                  {f.count(th.misses)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
