// The per-firm figures the insights aggregate: written with a submitted assessment's list columns
// (lib/assessments/list-columns.ts) and computed the same way for any evaluated firm (a screening
// row: { tiers, notMet: unmetCriteria of each tier, metrics: metricValues(facts) }). The migration "insights" backfills older submissions with the same rules in SQL.
import { any } from "@/lib/criteria/logic";
import { derive } from "@/lib/criteria/derived";
import { flattenFacts, type CriterionId, type Facts, type Outcome, type TierId, type Verdict } from "@/lib/criteria";
import type { MetricId } from "./types";

export type TierOutcomes = {
  id: TierId;
  verdict: Verdict;
  alternatives?: readonly (readonly CriterionId[])[];
  criteria: readonly { id: CriterionId; outcome: Outcome }[];
};

/**
 * The criteria a tier does not meet. A criterion of a group of alternatives counts only while the
 * group as a whole fails (no alternative met or open): a firm recognised through one route is not
 * held back by another.
 */
export function unmetCriteria(tier: TierOutcomes): CriterionId[] {
  const groups = tier.alternatives ?? [];
  const outcome = new Map(tier.criteria.map((c) => [c.id, c.outcome]));
  const groupFails = (g: readonly CriterionId[]) =>
    any(g.flatMap((id) => (outcome.has(id) ? [outcome.get(id)!] : []))) === "not_met";
  return tier.criteria
    .filter((c) => c.outcome === "not_met" && groups.filter((g) => g.includes(c.id)).every(groupFails))
    .map((c) => c.id);
}

/** A miss by at most this share of what is required counts as narrow (borderline). */
export const NARROW_MISS = 0.1;

type GapLike = { required: number; shortfall: number; alternative?: { option: number } };

/** A tier with its criteria's gaps (the evaluation keeps them; a not-met numeric criterion has some). */
export type GappedTier = Omit<TierOutcomes, "criteria"> & {
  criteria: readonly { id: CriterionId; outcome: Outcome; gaps?: readonly GapLike[] }[];
};

/**
 * The criteria a tier does not meet (as unmetCriteria) that were missed narrowly: on some route
 * (an OR's option, or the only one), every gap is within a tenth of what it requires.
 */
export function narrowMisses(tier: GappedTier): CriterionId[] {
  return unmetCriteria(tier).filter((id) => {
    const gaps = tier.criteria.find((c) => c.id === id)?.gaps ?? [];
    const routes = new Map<number, GapLike[]>();
    for (const g of gaps)
      routes.set(g.alternative?.option ?? -1, [...(routes.get(g.alternative?.option ?? -1) ?? []), g]);
    return [...routes.values()].some((route) => route.every((g) => g.shortfall <= NARROW_MISS * Math.abs(g.required)));
  });
}

/** The four main metrics of a firm's answers, as the engine derives them. */
export function metricValues(facts: Facts): Record<MetricId, number | null> {
  const f = flattenFacts(facts);
  const revenue = f["finance.revenue.y1"];
  return {
    rdIntensity: derive("rdIntensityY1", f).value,
    mainShare: derive("mainBusinessShare", f).value,
    debtRatio: derive("debtRatio", f).value,
    revenue: typeof revenue === "number" ? revenue : null,
  };
}
