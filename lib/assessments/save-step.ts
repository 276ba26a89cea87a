import "server-only";
import { pathKind } from "@/lib/criteria/facts/catalogue";
import type { Prisma } from "@/lib/db/generated/client";
import { mergeAnswers, setAt, type Answers } from "@/lib/questionnaire/answers";
import { nextDestination, pruneHidden, type Destination } from "@/lib/questionnaire/journey";
import { parseStep, type SaveMode, type StepIssue } from "@/lib/questionnaire/step-schema";
import { findStep } from "@/lib/questionnaire/steps";
import type { HeldAssessment } from "./find-held";
import type { Db } from "./types";

export type SaveResult =
  | { kind: "saved"; version: number; savedAt: string; next: Destination }
  | { kind: "invalid"; issues: StepIssue[] }
  | { kind: "conflict"; version: number }
  | { kind: "read_only" }
  | { kind: "not_found" };

/**
 * Saves one step with optimistic concurrency: the write only lands on the version the user
 * edited, so two tabs never silently overwrite each other. Nothing invalid is ever saved.
 */
export async function saveStep(
  db: Db,
  held: HeldAssessment,
  input: { step: string; values: unknown; version: number; mode: SaveMode; returnToCheck?: boolean },
): Promise<SaveResult> {
  const step = findStep(input.step);
  if (!step) return { kind: "not_found" };
  if (held.status !== "draft") return { kind: "read_only" };
  if (held.version !== input.version) return { kind: "conflict", version: held.version };

  const parsed = parseStep(step, input.values, held.answers, input.mode, pathKind);
  if (!parsed.ok) return { kind: "invalid", issues: parsed.issues };

  // The step's questions take exactly the submitted state (a cleared box clears the answer).
  let answers: Answers = held.answers;
  for (const f of step.fields) answers = setAt(answers, f.path, undefined);
  answers = pruneHidden(mergeAnswers(answers, parsed.values));

  const updated = await db.assessment.updateMany({
    where: { id: held.id, version: input.version, status: "draft" },
    data: { answers: answers as Prisma.InputJsonObject, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const now = await db.assessment.findUnique({ where: { id: held.id }, select: { version: true, status: true } });
    if (!now) return { kind: "not_found" };
    return now.status === "draft" ? { kind: "conflict", version: now.version } : { kind: "read_only" };
  }
  return {
    kind: "saved",
    version: input.version + 1,
    savedAt: new Date().toISOString(),
    next: nextDestination(step.id, answers, input.returnToCheck ?? false),
  };
}
