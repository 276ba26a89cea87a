import {
  evaluateCore,
  flattenFacts,
  type CriterionId,
  type Facts,
  type RulesetId,
  type TierId,
  type Verdict,
} from "@/lib/criteria";
import { derive, type DerivedId } from "@/lib/criteria/derived";
import type { TierCore } from "@/lib/criteria/output/types";

// A screened firm's result, language-neutral and small enough to keep for every row: per tier the
// verdict and the criteria that decide it, the titles held, the next tier within reach, and the
// main metrics. The evaluation itself is the engine's, exactly as POST /api/v1/evaluations runs it.

export type TierSummary = {
  verdict: Verdict;
  /** Criteria not met; one of a group of alternatives only while no alternative is met or open. */
  notMet: CriterionId[];
  /** Criteria waiting for an answer ("don't know"), and for a reviewer's judgement. */
  unknown: CriterionId[];
  manual: CriterionId[];
};

export type Metrics = {
  /** R&D intensity of last year, main-business share, debt ratio: percent numbers. */
  rdIntensity: number | null;
  mainShare: number | null;
  debtRatio: number | null;
  /** Operating revenue of last year, 万元. */
  revenue: number | null;
};

export type RowResult = {
  ruleset: RulesetId;
  tiers: Partial<Record<TierId, TierSummary>>;
  /** The first tier above the titles held that the firm does not meet yet; null: none left. */
  next: TierId | null;
  metrics: Metrics;
};

/** A tier's verdict and the criteria that decide it (criteria.md section 2, alternatives counted once). */
type TierOutcomes = {
  verdict: Verdict;
  criteria: readonly { id: CriterionId; outcome: string }[];
  alternatives: TierCore["alternatives"];
};

export function summarise(tier: TierOutcomes): TierSummary {
  const out: TierSummary = { verdict: tier.verdict, notMet: [], unknown: [], manual: [] };
  const grouped = new Set(tier.alternatives.flat());
  const add = (c: { id: CriterionId; outcome: string }, notMet: boolean) => {
    if (c.outcome === "not_met" && notMet) out.notMet.push(c.id);
    else if (c.outcome === "unknown") out.unknown.push(c.id);
    else if (c.outcome === "manual") out.manual.push(c.id);
  };
  for (const c of tier.criteria) if (!grouped.has(c.id)) add(c, true);
  for (const group of tier.alternatives) {
    const members = tier.criteria.filter((c) => group.includes(c.id));
    if (members.some((c) => c.outcome === "met")) continue;
    const open = members.some((c) => c.outcome === "unknown" || c.outcome === "manual");
    for (const c of members) add(c, !open);
  }
  return out;
}

const HELD: readonly [TierId, readonly string[]][] = [
  ["innovative-sme", ["innovativeSme", "techSme"]],
  ["specialized-sme", ["specializedSme"]],
];

function nextTier(facts: Facts, tiers: TierCore[]): TierId | null {
  const titles = (facts.titles ?? {}) as Record<string, unknown>;
  const held = HELD.filter(([, keys]) => keys.some((k) => titles[k] === true)).map(([tier]) => tier);
  const above = Math.max(-1, ...held.map((tier) => tiers.findIndex((t) => t.id === tier)));
  return tiers.find((t, i) => i > above && t.verdict !== "eligible")?.id ?? null;
}

const round2 = (n: number | null) => (n === null || !Number.isFinite(n) ? null : Math.round(n * 100) / 100);

export function metricsOf(facts: Facts): Metrics {
  const f = flattenFacts(facts);
  const value = (id: DerivedId) => round2(derive(id, f).value);
  return {
    rdIntensity: value("rdIntensityY1"),
    mainShare: value("mainBusinessShare"),
    debtRatio: value("debtRatio"),
    revenue: f["finance.revenue.y1"],
  };
}

/** The facts under `ruleset`, or without one under the rule set the API would choose for them. */
export function rowResult(facts: Facts, ruleset: RulesetId | undefined, today: string): RowResult {
  const evaluation = evaluateCore(facts, { ruleset, today });
  const tiers: RowResult["tiers"] = {};
  for (const tier of evaluation.tiers) tiers[tier.id] = summarise(tier);
  return {
    ruleset: evaluation.ruleset.id,
    tiers,
    next: nextTier(facts, evaluation.tiers),
    metrics: metricsOf(facts),
  };
}
