// The journey is derived from the saved answers alone, never stored (GOV.UK forms-runner): a step
// is complete when each question it shows has an answer or an explicit "don't know"; the user may
// visit any step up to the first incomplete one, and the check page once all are complete.
import { isAnswered, setAt, type Answers } from "./answers";
import { isShown, visibleFields } from "./fields";
import { steps, type Step, type StepId } from "./steps";

export type Destination = StepId | "check";
export { visibleFields };

export function isStepComplete(step: Step, answers: Answers): boolean {
  return visibleFields(step, answers).every((f) => isAnswered(answers, f.path));
}

/** Where a user who follows the journey should be now. */
export function firstIncomplete(answers: Answers): Destination {
  return steps.find((s) => !isStepComplete(s, answers))?.id ?? "check";
}

export function isReachable(target: Destination, answers: Answers): boolean {
  const frontier = firstIncomplete(answers);
  if (frontier === "check") return true;
  if (target === "check") return false;
  return steps.findIndex((s) => s.id === target) <= steps.findIndex((s) => s.id === frontier);
}

/** The page after `step` once it is saved: back to the check page when the user came from there. */
export function nextDestination(step: StepId, answers: Answers, returnToCheck: boolean): Destination {
  const frontier = firstIncomplete(answers);
  if (returnToCheck && frontier === "check") return "check";
  const index = steps.findIndex((s) => s.id === step);
  const next = steps[index + 1];
  if (!next) return frontier;
  return isReachable(next.id, answers) ? next.id : frontier;
}

export function previousStep(step: StepId): StepId | null {
  const index = steps.findIndex((s) => s.id === step);
  return index > 0 ? (steps[index - 1]?.id ?? null) : null;
}

/** Clears answers to questions that are no longer asked (e.g. revenue rose above 5,000 万元). */
export function pruneHidden(answers: Answers): Answers {
  let out = answers;
  for (const step of steps) {
    for (const f of step.fields) if (!isShown(f, out)) out = setAt(out, f.path, undefined);
  }
  return out;
}

export function progress(step: StepId): { index: number; total: number } {
  return { index: steps.findIndex((s) => s.id === step) + 1, total: steps.length };
}

/** The first step holding text still to correct, if any (`pending`, by answer path). */
export function stepOfPending(pending: Record<string, string>): StepId | null {
  const paths = Object.keys(pending);
  return steps.find((s) => s.fields.some((f) => paths.includes(f.path)))?.id ?? null;
}
