import { getTranslations } from "next-intl/server";
import { criterionLabels, TIER_IDS, tierTitle } from "@/lib/criteria";
import type { Locale } from "@/lib/i18n/locales";
import type { InsightFigures, InsightSubject } from "@/lib/insights/types";
import { BarRows } from "./bar-rows";
import { numberFormats } from "./format";

const SHOWN = 8;
const cell = "border-b border-gray-300 px-2 py-1";

/** Per tier, the criteria most often not met, by the catalogue's names, with their share of all. */
export async function UnmetSection({
  figures,
  locale,
  subject,
}: {
  figures: InsightFigures;
  locale: Locale;
  subject: InsightSubject;
}) {
  const t = await getTranslations("insights.unmet");
  const f = numberFormats(locale);
  return (
    <section aria-labelledby="insights-unmet" className="space-y-3">
      <h2 id="insights-unmet" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p>{t("intro", { count: SHOWN, subject })}</p>
      {TIER_IDS.map((tier) => {
        const title = tierTitle(locale, figures.ruleset, tier);
        const top = figures.unmet[tier].slice(0, SHOWN).map((u) => ({
          ...u,
          label: criterionLabels[locale][u.criterion],
          share: f.share(u.count, figures.total),
        }));
        return (
          <div key={tier} className="space-y-2" data-testid={`unmet-${tier}`}>
            <h3 className="text-lg font-bold">{title}</h3>
            {top.length === 0 ? (
              <p>{t("none", { subject })}</p>
            ) : (
              <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
                <BarRows
                  rows={top.map((u) => ({ key: u.criterion, label: u.label, value: u.count, shown: u.share }))}
                />
                <table className="w-full text-left text-sm [overflow-wrap:anywhere]">
                  <caption className="mb-1 text-left font-semibold">{t("caption", { tier: title })}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className={cell}>
                        {t("criterion")}
                      </th>
                      <th scope="col" className={`${cell} text-right`}>
                        {t("count", { subject })}
                      </th>
                      <th scope="col" className={`${cell} text-right`}>
                        {t("share")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {top.map((u) => (
                      <tr key={u.criterion} data-criterion={u.criterion}>
                        <th scope="row" className={`${cell} font-normal`}>
                          {u.label}
                        </th>
                        <td data-cell="count" className={`${cell} text-right tabular-nums`}>
                          {f.count(u.count)}
                        </td>
                        <td data-cell="share" className={`${cell} text-right tabular-nums`}>
                          {u.share}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}
