import { getTranslations } from "next-intl/server";
import { TIER_IDS, tierTitle } from "@/lib/criteria";
import type { Locale } from "@/lib/i18n/locales";
import type { InsightFigures, InsightSubject } from "@/lib/insights/types";
import { BarRows } from "./bar-rows";
import { numberFormats } from "./format";

const cell = "border-b border-gray-300 px-2 py-1";

/** The ladder as a funnel: all submissions, then those that reach each rung or a higher one. */
export async function FunnelSection({
  figures,
  locale,
  subject,
}: {
  figures: InsightFigures;
  locale: Locale;
  subject: InsightSubject;
}) {
  const t = await getTranslations("insights.funnel");
  const f = numberFormats(locale);
  const stages = [
    { key: "all", label: t("all", { subject }), count: figures.total },
    ...TIER_IDS.map((tier) => ({
      key: tier,
      label: tierTitle(locale, figures.ruleset, tier),
      count: figures.funnel[tier],
    })),
  ];
  return (
    <section aria-labelledby="insights-funnel" className="space-y-3">
      <h2 id="insights-funnel" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p>{t("intro", { subject })}</p>
      <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        <BarRows rows={stages.map((s) => ({ key: s.key, label: s.label, value: s.count, shown: f.count(s.count) }))} />
        <table className="w-full text-left text-sm [overflow-wrap:anywhere]" data-testid="funnel-table">
          <caption className="mb-1 text-left font-semibold">{t("caption", { subject })}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t("stage")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("count", { subject })}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("ofAll")}
              </th>
              <th scope="col" className={`${cell} text-right`}>
                {t("ofPrevious")}
              </th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s, i) => (
              <tr key={s.key} data-stage={s.key}>
                <th scope="row" className={`${cell} font-normal`}>
                  {s.label}
                </th>
                <td data-cell="count" className={`${cell} text-right tabular-nums`}>
                  {f.count(s.count)}
                </td>
                <td className={`${cell} text-right tabular-nums`}>{f.share(s.count, figures.total)}</td>
                <td className={`${cell} text-right tabular-nums`}>
                  {i === 0 ? "—" : f.share(s.count, stages[i - 1]!.count)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
