import type { FieldErrors } from "react-hook-form";
import type { StepId } from "@/lib/criteria/facts/entry";
import { chinaToday } from "@/lib/criteria/today";
import { pickPaths, setAt, type Answers } from "@/lib/questionnaire/answers";
import type { Field } from "@/lib/questionnaire/fields";
import type { StepIssue } from "@/lib/questionnaire/step-schema";

/** The step's saved answers; the assessment year starts as this year, the usual case. */
export function initialValues(step: { id: StepId; fields: readonly Field[] }, answers: Answers): Answers {
  const values = pickPaths(
    answers,
    step.fields.map((f) => f.path),
  );
  if (step.id !== "about" || values.assessmentYear !== undefined) return values;
  return { ...values, assessmentYear: Number(chinaToday().slice(0, 4)) };
}

/** Step issues as react-hook-form's errors, the code as the error's type. */
export function toErrors(issues: StepIssue[]): FieldErrors<Answers> {
  return issues.reduce(
    (errors, i) => setAt(errors, i.path, { type: i.code, message: i.code }),
    {} as Answers,
  ) as FieldErrors<Answers>;
}
