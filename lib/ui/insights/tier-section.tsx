import { getTranslations } from "next-intl/server";
import { TIER_IDS, tierTitle } from "@/lib/criteria";
import type { Locale } from "@/lib/i18n/locales";
import type { InsightFigures, InsightSubject, TierCounts } from "@/lib/insights/types";
import { numberFormats } from "./format";

const KINDS = ["eligible", "not_eligible", "undetermined", "none"] as const satisfies readonly (keyof TierCounts)[];
// Told apart by the legend's order and by shade as well as hue; the numbers are in the table.
const FILL: Record<(typeof KINDS)[number], string> = {
  eligible: "bg-green-800",
  not_eligible: "bg-red-700",
  undetermined: "bg-amber-400",
  none: "bg-gray-300",
};
const cell = "border-b border-gray-300 px-2 py-1";

/** Each tier's verdicts: a stacked bar per tier, and the table of the same counts. */
export async function TierSection({
  figures,
  locale,
  subject,
}: {
  figures: InsightFigures;
  locale: Locale;
  subject: InsightSubject;
}) {
  const t = await getTranslations("insights.tiers");
  const f = numberFormats(locale);
  const kinds = KINDS.filter((k) => k !== "none" || TIER_IDS.some((tier) => figures.tiers[tier].none > 0));
  return (
    <section aria-labelledby="insights-tiers" className="space-y-3">
      <h2 id="insights-tiers" className="text-xl font-bold">
        {t("title")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        <div aria-hidden="true" className="space-y-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {kinds.map((k) => (
              <li key={k} className="flex items-center gap-1">
                <span className={`inline-block h-3 w-3 rounded-sm ${FILL[k]}`} />
                {t(`verdicts.${k}`)}
              </li>
            ))}
          </ul>
          {TIER_IDS.map((tier) => (
            <div key={tier} className="space-y-1 text-sm">
              <p>{tierTitle(locale, figures.ruleset, tier)}</p>
              <div className="flex h-4 w-full overflow-hidden rounded-sm bg-gray-100">
                {kinds.map((k) => (
                  <span
                    key={k}
                    className={FILL[k]}
                    style={{ width: `${figures.total ? (figures.tiers[tier][k] * 100) / figures.total : 0}%` }}
                  />
                ))}
              </div>
            </div>
          ))}
        </div>
        <table className="w-full text-left text-sm [overflow-wrap:anywhere]" data-testid="tier-table">
          <caption className="mb-1 text-left font-semibold">{t("caption", { subject })}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t("tier")}
              </th>
              {kinds.map((k) => (
                <th key={k} scope="col" className={`${cell} text-right`}>
                  {t(`verdicts.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TIER_IDS.map((tier) => (
              <tr key={tier} data-tier={tier}>
                <th scope="row" className={`${cell} font-normal`}>
                  {tierTitle(locale, figures.ruleset, tier)}
                </th>
                {kinds.map((k) => (
                  <td key={k} data-verdict={k} className={`${cell} text-right tabular-nums`}>
                    {f.count(figures.tiers[tier][k])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {kinds.includes("none") ? <p className="text-sm text-muted">{t("noneHint")}</p> : null}
    </section>
  );
}
