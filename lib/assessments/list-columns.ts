import { flattenFacts, type Facts, type TierId } from "@/lib/criteria";
import { derive } from "@/lib/criteria/derived";
import { metricValues, narrowMisses, unmetCriteria, type GappedTier } from "@/lib/insights/insight-columns";

// The copies of a submitted assessment's answers and verdicts that the admin list filters, sorts
// and indexes on (prisma/schema.prisma), written by submission and kept by reviewers' overrides.
// The insights' columns (criteria not met, main metrics) are written here too, so overrides
// reach them; a trigger copies them into assessment_insight.

export function verdictColumns(tiers: readonly GappedTier[]) {
  const tier = (id: TierId) => tiers.find((t) => t.id === id);
  const of = (id: TierId) => tier(id)?.verdict ?? null;
  const unmet = (id: TierId) => {
    const t = tier(id);
    return t ? unmetCriteria(t) : [];
  };
  return {
    verdictInnovativeSme: of("innovative-sme"),
    verdictSpecializedSme: of("specialized-sme"),
    verdictLittleGiant: of("little-giant"),
    unmetInnovativeSme: unmet("innovative-sme"),
    unmetSpecializedSme: unmet("specialized-sme"),
    unmetLittleGiant: unmet("little-giant"),
    // Of those, the ones missed by less than a tenth: borderline cases, marked in the list.
    narrowLittleGiant: tier("little-giant") ? narrowMisses(tier("little-giant")!) : [],
  };
}

/** A tier as evaluated: its outcomes, and its points score where it has one. */
type ScoredTier = GappedTier & { score?: { min: number; max: number } };

export function listColumns(facts: Facts, tiers: readonly ScoredTier[]) {
  const f = flattenFacts(facts);
  return {
    companyName: f["company.name"] ?? "",
    uscc: f["company.uscc"],
    province: f["company.province"],
    industryCode: f["company.industryCode"],
    ...verdictColumns(tiers),
    ...metricValues(facts),
    ...figureColumns(f),
    ...scoreColumns(tiers),
  };
}

/**
 * The points scores, lowest and highest possible with what is known (migration tier_scores
 * backfills them the same way); null for a tier not scored.
 */
function scoreColumns(tiers: readonly ScoredTier[]) {
  const score = (id: TierId) => tiers.find((t) => t.id === id)?.score;
  const innovative = score("innovative-sme");
  const specialized = score("specialized-sme");
  return {
    scoreInnovativeMin: innovative?.min ?? null,
    scoreInnovativeMax: innovative?.max ?? null,
    scoreSpecializedMin: specialized?.min ?? null,
    scoreSpecializedMax: specialized?.max ?? null,
  };
}

const numberOr = (v: unknown) => (typeof v === "number" ? v : null);

/** The other key figures the list sorts on (migration list_more_figures backfills them the same way). */
function figureColumns(f: ReturnType<typeof flattenFacts>) {
  return {
    revenueGrowth: derive("revenueGrowthY1", f).value,
    ipClassOne: numberOr(f["ip.classOne"]),
    shareDomestic: numberOr(f["market.shareDomestic"]),
  };
}
