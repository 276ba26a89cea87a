// The evaluation as reviewed: the frozen one with each criterion's latest override applied and
// the tier verdicts worked out again by the engine's own rule. The frozen snapshot never changes.
import { tierVerdict, type CriterionId, type EvaluationResult, type Outcome, type Verdict } from "@/lib/criteria";

export type OverrideRecord = {
  tierId: string;
  criterionId: string;
  newOutcome: string;
  reason: string;
  actorEmail: string;
  createdAt: Date;
};

export type ReviewedCriterion = EvaluationResult["tiers"][number]["criteria"][number] & {
  originalOutcome: Outcome;
  override?: OverrideRecord;
};
export type ReviewedTier = Omit<EvaluationResult["tiers"][number], "criteria"> & {
  criteria: ReviewedCriterion[];
  originalVerdict: Verdict;
};

/** `overrides` oldest first; the last one per criterion wins. */
export function applyOverrides(evaluation: EvaluationResult, overrides: readonly OverrideRecord[]): ReviewedTier[] {
  const latest = new Map<string, OverrideRecord>();
  for (const o of overrides) latest.set(`${o.tierId}/${o.criterionId}`, o);
  return evaluation.tiers.map((tier) => {
    const criteria = tier.criteria.map((c): ReviewedCriterion => {
      const override = latest.get(`${tier.id}/${c.id}`);
      return override
        ? { ...c, outcome: override.newOutcome as Outcome, originalOutcome: c.outcome, override }
        : { ...c, originalOutcome: c.outcome };
    });
    const verdict = tierVerdict(
      criteria.map((c) => ({ id: c.id as CriterionId, outcome: c.outcome })),
      tier.alternatives ?? [],
    );
    return { ...tier, criteria, verdict, originalVerdict: tier.verdict };
  });
}
