// The evaluation as reviewed: the frozen one with each criterion's latest override applied and
// the tier verdicts worked out again by the engine's own rule. The frozen snapshot never changes.
import {
  storedEvaluation,
  tierVerdict,
  type CriterionId,
  type EvaluationResult,
  type Outcome,
  type Verdict,
} from "@/lib/criteria";

export type OverrideRecord = {
  tierId: string;
  criterionId: string;
  newOutcome: string;
  reason: string;
  actorEmail: string;
  createdAt: Date;
};

/** A tier of a stored (language-neutral) or a worded evaluation. */
type TierLike = {
  id: string;
  verdict: Verdict;
  alternatives?: readonly (readonly CriterionId[])[];
  criteria: readonly { id: CriterionId; outcome: Outcome }[];
};

type Reviewed<T extends TierLike> = Omit<T, "criteria"> & {
  criteria: (T["criteria"][number] & { originalOutcome: Outcome; override?: OverrideRecord })[];
  originalVerdict: Verdict;
};

export type ReviewedTier = Reviewed<EvaluationResult["tiers"][number]>;

/** `overrides` oldest first; the last one per criterion wins. */
export function applyOverrides<T extends TierLike>(
  evaluation: { tiers: readonly T[] },
  overrides: readonly OverrideRecord[],
): Reviewed<T>[] {
  const latest = new Map<string, OverrideRecord>();
  for (const o of overrides) latest.set(`${o.tierId}/${o.criterionId}`, o);
  return evaluation.tiers.map((tier) => {
    const criteria = tier.criteria.map((c) => {
      const override = latest.get(`${tier.id}/${c.id}`);
      return override
        ? { ...c, outcome: override.newOutcome as Outcome, originalOutcome: c.outcome, override }
        : { ...c, originalOutcome: c.outcome };
    });
    const verdict = tierVerdict(criteria, tier.alternatives ?? []);
    return { ...tier, criteria, verdict, originalVerdict: tier.verdict };
  });
}

/**
 * The evaluation reviews start from (language-neutral): the one from reviewers' corrected
 * figures if any (lib/admin/correct-fact.ts), else the submitted one.
 */
export function baseEvaluation(row: { evaluation: unknown; correctedEvaluation: unknown }) {
  return storedEvaluation(row.correctedEvaluation ?? row.evaluation, null);
}
