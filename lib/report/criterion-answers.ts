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

/** The first of these answers in the questionnaire's order, with its page. */
export function firstAnswerOf(paths: readonly string[]): { step: StepId; path: string } | null {
  for (const step of steps) {
    const field = step.fields.find((f) => paths.includes(f.path));
    if (field) return { step: step.id, path: field.path };
  }
  return null;
}
