import type { EvaluationResult } from "@/lib/criteria";
import { getAt, type Answers } from "@/lib/questionnaire/answers";
import { visibleFields } from "@/lib/questionnaire/journey";
import { steps, type StepId } from "@/lib/questionnaire/steps";

export type ToConfirm = { path: string; step: StepId; decisive: boolean };

/** Every fact a trace step of an undecided criterion reads, with its value unknown. */
function decisivePaths(evaluation: EvaluationResult): Set<string> {
  const paths = new Set<string>();
  for (const tier of evaluation.tiers) {
    for (const c of tier.criteria) {
      if (c.outcome !== "unknown") continue;
      for (const step of c.trace)
        for (const [name, value] of Object.entries(step.inputs))
          if (value === null && name.includes(".")) paths.add(name);
    }
  }
  return paths;
}

/**
 * The answers given as "don't know": those an undecided criterion waits for first (decisive),
 * then the rest, in questionnaire order, each with the step where it is asked.
 */
export function toConfirm(answers: Answers, evaluation: EvaluationResult): ToConfirm[] {
  const decisive = decisivePaths(evaluation);
  const items = steps.flatMap((step) =>
    visibleFields(step, answers)
      .filter((f) => getAt(answers, f.path) === null)
      .map((f) => ({ path: f.path, step: step.id, decisive: decisive.has(f.path) })),
  );
  return [...items.filter((i) => i.decisive), ...items.filter((i) => !i.decisive)];
}
