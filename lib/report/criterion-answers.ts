import { leafOf } from "@/lib/criteria/facts/catalogue";
import { steps, type StepId } from "@/lib/questionnaire/steps";

type CriterionLike = {
  values: Readonly<Record<string, unknown>>;
  trace: readonly { inputs: Readonly<Record<string, unknown>> }[];
};

/** The answers a criterion rests on: the facts of its figures and of its working. */
export function answerPathsOf(c: CriterionLike): string[] {
  const names = new Set([...Object.keys(c.values), ...c.trace.flatMap((s) => Object.keys(s.inputs))]);
  return [...names].filter((name) => leafOf(name) !== undefined);
}

/** These answers in the questionnaire's order, each with its page. */
export function answersInOrder(paths: readonly string[]): { step: StepId; path: string }[] {
  return steps.flatMap((step) =>
    step.fields.filter((f) => paths.includes(f.path)).map((f) => ({ step: step.id, path: f.path })),
  );
}
