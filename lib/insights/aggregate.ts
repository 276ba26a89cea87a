// The insights computed in memory, over any list of evaluated firms (a stored screening's rows);
// query-insights.ts computes the very same figures in SQL over submitted assessments.
import { TIER_IDS, VERDICTS, type CriterionId, type RulesetId, type TierId } from "@/lib/criteria";
import { binsOf, inBin, meets } from "./bins";
import { metricThresholds } from "./thresholds";
import { METRICS, type InsightFigures, type InsightRow, type MetricFigures, type TierCounts } from "./types";

const emptyCounts = (): TierCounts => ({ eligible: 0, not_eligible: 0, undetermined: 0, none: 0 });

const byCountThenId = (a: { criterion: string; count: number }, b: { criterion: string; count: number }) =>
  b.count - a.count || (a.criterion < b.criterion ? -1 : a.criterion > b.criterion ? 1 : 0);

/**
 * `ruleset`: whose thresholds the metrics are set against. A row with a `count` stands for that
 * many identical firms (the SQL path's groups).
 */
export function aggregateInsights(
  rows: readonly (InsightRow & { count?: number })[],
  ruleset: RulesetId,
): InsightFigures {
  const thresholds = metricThresholds(ruleset);
  const tiers = Object.fromEntries(TIER_IDS.map((t) => [t, emptyCounts()])) as Record<TierId, TierCounts>;
  const funnel = Object.fromEntries(TIER_IDS.map((t) => [t, 0])) as Record<TierId, number>;
  const unmetCounts = Object.fromEntries(TIER_IDS.map((t) => [t, new Map<CriterionId, number>()])) as Record<
    TierId,
    Map<CriterionId, number>
  >;
  const metrics = Object.fromEntries(
    METRICS.map((m) => [
      m,
      {
        known: 0,
        unknown: 0,
        bins: binsOf(m, thresholds).map((b) => ({ ...b, count: 0 })),
        thresholds: thresholds.filter((t) => t.metric === m).map((t) => ({ ...t, meets: 0, misses: 0 })),
      } satisfies MetricFigures,
    ]),
  ) as InsightFigures["metrics"];

  let total = 0;
  for (const row of rows) {
    const n = row.count ?? 1;
    total += n;
    TIER_IDS.forEach((tier, i) => {
      const verdict = row.tiers[tier];
      tiers[tier][verdict && VERDICTS.includes(verdict) ? verdict : "none"] += n;
      if (TIER_IDS.slice(i).some((higher) => row.tiers[higher] === "eligible")) funnel[tier] += n;
      for (const id of new Set(row.notMet[tier] ?? [])) unmetCounts[tier].set(id, (unmetCounts[tier].get(id) ?? 0) + n);
    });
    for (const m of METRICS) {
      const x = row.metrics[m];
      const figures = metrics[m];
      if (x === null || !Number.isFinite(x)) {
        figures.unknown += n;
        continue;
      }
      figures.known += n;
      for (const bin of figures.bins) if (inBin(m, bin, x)) bin.count += n;
      for (const t of figures.thresholds) t[meets(t, x) ? "meets" : "misses"] += n;
    }
  }
  const unmet = Object.fromEntries(
    TIER_IDS.map((t) => [
      t,
      [...unmetCounts[t]].map(([criterion, count]) => ({ criterion, count })).sort(byCountThenId),
    ]),
  ) as InsightFigures["unmet"];
  return { ruleset, total, tiers, funnel, unmet, metrics };
}
