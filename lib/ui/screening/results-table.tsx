import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { TIER_IDS, tierTitle, type RulesetId } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { explainRow } from "@/lib/screening/explain-row";
import type { RowIssue } from "@/lib/screening/row-facts";
import type { RowResult } from "@/lib/screening/row-result";

type Row = {
  row: number;
  name: string | null;
  issues: RowIssue[];
  result: RowResult | null;
  facts: Record<string, unknown> | null;
};

const verdictStyle: Record<string, string> = {
  eligible: "text-green-800",
  not_eligible: "text-red-800",
  undetermined: "text-amber-800",
};

/**
 * A page of screened firms: per tier the verdict with the criteria not met and open, the next tier
 * within reach with its gaps in plain units, or the row's problems. Three columns, the texts
 * wrapping, so that a phone shows it without sideways scrolling.
 */
export async function ResultsTable({ id, rows, ruleset }: { id: string; rows: Row[]; ruleset: RulesetId }) {
  const t = await getTranslations("screening.results");
  const v = await getTranslations("screening.verdicts");
  const locale = await getLocale();
  const today = chinaToday();
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid="screening-results">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr className="border-b-2 border-gray-700">
          {(["firm", "verdicts", "next"] as const).map((c) => (
            <th key={c} scope="col" className="py-2 pr-3">
              {t(`columns.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const explained =
            r.result && r.facts ? explainRow(r.facts, r.result.ruleset, r.result.next, locale, today) : null;
          return (
            <tr key={r.row} className="border-b border-gray-300 align-top" data-testid="screening-row">
              <th scope="row" className="py-2 pr-3 font-normal break-words">
                {r.result ? (
                  <Link
                    href={`/admin/screening/${id}/rows/${r.row}`}
                    className="font-semibold text-brand-800 underline"
                  >
                    {r.name ?? t("rowLabel", { row: r.row })}
                  </Link>
                ) : (
                  <span className="font-semibold">{r.name ?? t("rowLabel", { row: r.row })}</span>
                )}
                <div className="text-muted">{t("rowLabel", { row: r.row })}</div>
              </th>
              <td className="py-2 pr-3">
                {r.result ? (
                  <ul>
                    {TIER_IDS.filter((tier) => r.result?.tiers[tier]).map((tier) => {
                      const s = r.result!.tiers[tier]!;
                      return (
                        <li key={tier}>
                          {`${tierTitle(locale, r.result!.ruleset ?? ruleset, tier)}：`}
                          <span className={`font-semibold ${verdictStyle[s.verdict]}`}>{v(s.verdict)}</span>
                          {t("tierCounts", { notMet: s.notMet.length, open: s.unknown.length + s.manual.length })}
                        </li>
                      );
                    })}
                  </ul>
                ) : (
                  <p className="font-semibold text-red-800">{t("hasIssues")}</p>
                )}
              </td>
              <td className="py-2 pr-3 break-words">
                {r.issues.length > 0 ? (
                  <ul className="list-disc pl-5" aria-label={t("issuesTitle")}>
                    {r.issues.map((i, n) => (
                      <li key={n}>{t("issue", { column: i.column, message: i.message })}</li>
                    ))}
                  </ul>
                ) : explained?.next ? (
                  <>
                    <p className="font-semibold">{explained.next.title}</p>
                    <ul className="list-disc pl-5">
                      {explained.next.gaps.map((g, n) => (
                        <li key={n}>{g}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p>{t("noneLeft")}</p>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
