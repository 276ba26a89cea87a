import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import {
  criterionLabels,
  PROVINCES,
  TIER_IDS,
  valueLabel,
  valueUnit,
  type CriterionId,
  type Locale,
  type TierId,
} from "@/lib/criteria";
import { formatValue } from "@/lib/criteria/working";
import type { ListRow } from "@/lib/admin/assessment-query";
import { FIGURE_SORTS, figureOf, type Sort } from "@/lib/admin/assessment-filters";
import { SCORE_SORT, SCORED_TIERS, scoreOf, type ScoreRange } from "@/lib/admin/tier-scores";
import { localNumber } from "@/lib/criteria/format";

/** The key figure (a fact or a derived value, for its label and unit) each other figure order shows. */
const SORTED_FIGURE = { growth: "revenueGrowthY1", ip: "ip.classOne", share: "market.shareDomestic" } as const;

const verdictStyle: Record<string, string> = {
  eligible: "text-green-800",
  not_eligible: "text-red-800",
  undetermined: "text-amber-800",
};

const verdictOf = (r: ListRow, tier: TierId) =>
  tier === "innovative-sme"
    ? r.verdictInnovativeSme
    : tier === "specialized-sme"
      ? r.verdictSpecializedSme
      : r.verdictLittleGiant;

/**
 * One page of the list. Each company name links to its review page. A table from `lg` up (its eight
 * columns need the width); below it, one card per assessment, so that nothing scrolls sideways.
 */
export async function AssessmentTable({ rows, sort }: { rows: ListRow[]; sort: Sort }) {
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const figure = (v: number | null, unit: "万元" | "%") => formatValue(v, unit, locale, "—");
  // Ordered by another key figure (growth, class I IP, market share, a score): that figure too, named.
  const sorted = figureOf(sort);
  const scored = SCORED_TIERS.find((tier) => SCORE_SORT[tier] === sorted);
  const scoreText = ({ min, max }: ScoreRange) =>
    min === null || max === null
      ? "—"
      : min === max
        ? t("list.score", { score: localNumber(min, locale) })
        : t("list.scoreRange", { min: localNumber(min, locale), max: localNumber(max, locale) });
  const sortedFigure = (r: ListRow) =>
    scored
      ? t("list.sortedFigure", { label: t(`list.scoreLabels.${scored}`), value: scoreText(scoreOf(r, scored)) })
      : sorted && sorted in SORTED_FIGURE
        ? t("list.sortedFigure", {
            label: valueLabel(SORTED_FIGURE[sorted as keyof typeof SORTED_FIGURE], locale, null),
            value: formatValue(
              r[FIGURE_SORTS[sorted].field],
              valueUnit(SORTED_FIGURE[sorted as keyof typeof SORTED_FIGURE]),
              locale,
              "—",
            ),
          })
        : null;
  const extra = (r: ListRow) => {
    const text = sortedFigure(r);
    return text ? (
      <div className="font-semibold" data-testid="row-sorted-figure">
        {text}
      </div>
    ) : null;
  };
  // The Little Giant criteria a firm does not meet, named: what sets applicants apart at a glance.
  const unmet = (r: ListRow) =>
    r.unmetLittleGiant.length > 0 ? (
      <p className="mt-1 text-xs font-semibold text-red-800" data-testid="row-unmet">
        {t("list.unmetLittleGiant", {
          list: r.unmetLittleGiant
            .map((id) => {
              const name = criterionLabels[locale][id as CriterionId] ?? id;
              // Missed by less than a tenth: a borderline case, said so.
              return r.narrowLittleGiant.includes(id) ? t("list.narrow", { name }) : name;
            })
            .join(t("list.separator")),
        })}
      </p>
    ) : null;
  const verdict = (v: string | null) => (v ? <span className={verdictStyle[v]}>{t(`verdictShort.${v}`)}</span> : "—");
  const cells = (r: ListRow) => ({
    company: (
      <>
        <Link href={`/admin/assessments/${r.id}`} className="font-semibold text-brand-800 underline">
          {r.companyName || r.reference}
        </Link>
        {r.uscc ? <div className="text-muted">{r.uscc}</div> : null}
        {r.designatedBatch ? (
          <div>{t("list.designated", { batch: r.designatedBatch, year: r.designatedYear ?? "—" })}</div>
        ) : null}
      </>
    ),
    // The province, and the city where the office recorded one (地市).
    province:
      [r.province ? (PROVINCES[r.province]?.[locale] ?? r.province) : null, r.city].filter(Boolean).join(" · ") || "—",
    status: t(`status.${r.status}`),
    submittedAt: format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }),
  });
  return (
    <>
      <table className="hidden w-full border-collapse text-left text-sm lg:table">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            {(
              ["company", "reference", "province", "industry", "status", "verdicts", "figures", "submittedAt"] as const
            ).map((c) => (
              <th key={c} scope="col" className="py-2 pr-3">
                {t(`list.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const c = cells(r);
            return (
              <tr key={r.id} className="border-b border-gray-300 align-top">
                <td className="py-2 pr-3 [overflow-wrap:anywhere]">{c.company}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{r.reference}</td>
                <td className="py-2 pr-3">{c.province}</td>
                <td className="py-2 pr-3">{r.industryCode ?? "—"}</td>
                <td className="py-2 pr-3" data-testid="row-status">
                  {c.status}
                </td>
                <td className="py-2 pr-3">
                  {/* One verdict per line: three side by side made the table too wide in English. */}
                  {TIER_IDS.map((tier) => (
                    <div key={tier} className="whitespace-nowrap">
                      {verdict(verdictOf(r, tier))}
                    </div>
                  ))}
                  {unmet(r)}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap tabular-nums">
                  <div>{figure(r.revenue, "万元")}</div>
                  <div>{figure(r.rdIntensity, "%")}</div>
                  {extra(r)}
                </td>
                <td className="py-2 pr-3">{c.submittedAt}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="divide-y divide-gray-300 border-y border-gray-300 lg:hidden" data-testid="assessment-cards">
        {rows.map((r) => {
          const c = cells(r);
          return (
            <li key={r.id} className="space-y-1 py-3 text-sm break-words">
              <div className="text-base">{c.company}</div>
              <p className="text-muted">{[r.reference, c.province, r.industryCode].filter(Boolean).join(" · ")}</p>
              <p>{`${c.status} · ${c.submittedAt}`}</p>
              <p>
                {TIER_IDS.map((tier, i) => (
                  <span key={tier}>
                    {i > 0 ? " · " : null}
                    {`${t(`tiers.${tier}`)} `}
                    {verdict(verdictOf(r, tier))}
                  </span>
                ))}
              </p>
              <p className="tabular-nums">
                {t("list.figures", { revenue: figure(r.revenue, "万元"), rd: figure(r.rdIntensity, "%") })}
              </p>
              {extra(r)}
              {unmet(r)}
            </li>
          );
        })}
      </ul>
    </>
  );
}
