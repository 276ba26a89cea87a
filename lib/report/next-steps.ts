import type { CriterionId, EvaluationResult, TierId } from "@/lib/criteria";

export type NextStep = { message: string; criteria: { tier: TierId; id: CriterionId }[]; relative: number };

/**
 * "What to do next": every gap of every unmet criterion, the closest first (the smallest shortfall
 * relative to what is required), the same gap named once even when several tiers share it.
 */
export function nextSteps(evaluation: EvaluationResult): NextStep[] {
  const byMessage = new Map<string, NextStep>();
  for (const tier of evaluation.tiers) {
    for (const c of tier.criteria) {
      if (c.outcome !== "not_met") continue;
      for (const gap of c.gaps) {
        const relative = gap.required !== 0 ? Math.abs(gap.shortfall / gap.required) : Math.abs(gap.shortfall);
        const step = byMessage.get(gap.message) ?? { message: gap.message, criteria: [], relative };
        step.criteria.push({ tier: tier.id, id: c.id });
        step.relative = Math.min(step.relative, relative);
        byMessage.set(gap.message, step);
      }
    }
  }
  return [...byMessage.values()].sort((a, b) => a.relative - b.relative);
}
