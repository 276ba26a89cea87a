import type { CriterionId, EvaluationResult, Outcome, TierId, Verdict } from "@/lib/criteria";

export type Rung = {
  tier: TierId;
  title: string;
  verdict: Verdict;
  /** The title this tier requires the firm to hold already, and whether it does (per its answers). */
  requires: { tier: TierId; criterion: CriterionId; outcome: Outcome } | null;
};

// The ladder is climbed one tier at a time: a Little Giant must hold the provincial title, and
// under miit-2026 the provincial title needs the innovative one (its ssme.prior-title criterion).
const PREREQUISITES: { tier: TierId; requires: TierId; criterion: CriterionId }[] = [
  { tier: "specialized-sme", requires: "innovative-sme", criterion: "ssme.prior-title" },
  { tier: "little-giant", requires: "specialized-sme", criterion: "lg.prior-title" },
];

export function ladder(evaluation: EvaluationResult): Rung[] {
  return evaluation.tiers.map((tier) => {
    const rule = PREREQUISITES.find((p) => p.tier === tier.id);
    const criterion = rule ? tier.criteria.find((c) => c.id === rule.criterion) : undefined;
    return {
      tier: tier.id,
      title: tier.title,
      verdict: tier.verdict,
      requires:
        rule && criterion ? { tier: rule.requires, criterion: rule.criterion, outcome: criterion.outcome } : null,
    };
  });
}
