import { pickPaths, setAt, type Answers } from "./answers";
import type { Field } from "./fields";
import { parseStep, type StepIssue } from "./step-schema";

/** A step's values as the page shows them: the saved answers, and over them the text kept to correct. */
export function stepValues(fields: readonly Field[], answers: Answers, pending: Record<string, string>): Answers {
  const paths = fields.map((f) => f.path as string);
  let values = pickPaths(answers, paths);
  for (const [path, text] of Object.entries(pending)) if (paths.includes(path)) values = setAt(values, path, text);
  return values;
}

/** The problems of the text kept to correct (or, with `all`, of every question of the page). */
export function keptTextIssues(
  step: { fields: readonly Field[] },
  values: Answers,
  answers: Answers,
  pending: Record<string, string>,
  all = false,
): StepIssue[] {
  const checked = parseStep(step, values, answers, all ? "complete" : "partial");
  return checked.ok ? [] : checked.issues.filter((i) => all || pending[i.path] !== undefined);
}
