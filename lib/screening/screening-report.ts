import type { Locale } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { buildReport, type Report } from "@/lib/report/build-report";
import type { RowResult } from "./row-result";

/**
 * A screened firm's report, built as a submitted assessment's is (lib/report), under the rule set
 * its row was screened with; null for a row with problems (it has no facts to report on).
 */
export function screeningReport(
  row: { facts: Record<string, unknown> | null; result: RowResult | null },
  reportId: string,
  locale: Locale,
): Report | null {
  if (!row.facts || !row.result) return null;
  const source = {
    id: reportId,
    reference: "",
    status: "draft",
    submittedAt: null,
    rulesetId: row.result.ruleset,
    answers: row.facts,
    evaluation: null,
  };
  return buildReport(source, { locale, today: chinaToday(), ruleset: row.result.ruleset });
}
