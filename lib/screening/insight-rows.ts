import "server-only";
import type { CriterionId, TierId, Verdict } from "@/lib/criteria";
import type { ScreeningDb } from "./db";
import type { Metrics, RowResult } from "./row-result";

// What the insights page (lib/insights) aggregates for a stored screening: one entry per evaluated
// firm (rows with problems have no result and are left out), with the same meaning as its columns
// for submitted assessments: per tier the verdict and the criteria not met (one of a group of
// alternatives only while no alternative is met or open), and the main metrics.

export type ScreeningInsightRow = {
  tiers: Partial<Record<TierId, Verdict>>;
  notMet: Partial<Record<TierId, CriterionId[]>>;
  metrics: Metrics;
};

export function insightRowOf(result: RowResult): ScreeningInsightRow {
  const tiers: ScreeningInsightRow["tiers"] = {};
  const notMet: ScreeningInsightRow["notMet"] = {};
  for (const [tier, s] of Object.entries(result.tiers) as [TierId, RowResult["tiers"][TierId]][]) {
    if (!s) continue;
    tiers[tier] = s.verdict;
    notMet[tier] = s.notMet;
  }
  return { tiers, notMet, metrics: result.metrics };
}

/** The evaluated rows of a stored screening, in the file's order; null when there is no such screening. */
export async function screeningInsightRows(
  db: Pick<ScreeningDb, "screening" | "screeningRow">,
  screeningId: string,
): Promise<ScreeningInsightRow[] | null> {
  const screening = await db.screening.findUnique({ where: { id: screeningId }, select: { rowCount: true } });
  if (!screening || screening.rowCount === 0) return null;
  const rows = await db.screeningRow.findMany({
    where: { screeningId },
    select: { result: true },
    orderBy: { row: "asc" },
  });
  return rows.flatMap((r) => (r.result ? [insightRowOf(r.result as RowResult)] : []));
}
