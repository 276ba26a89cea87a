import "server-only";
import { pathKind } from "@/lib/criteria/facts/catalogue";
import type { SqlConnection } from "@/lib/db/sql";
import { mergeAnswers, setAt, type Answers } from "@/lib/questionnaire/answers";
import { nextDestination, pruneHidden, type Destination } from "@/lib/questionnaire/journey";
import { parseStep, type SaveMode, type StepIssue } from "@/lib/questionnaire/step-schema";
import { findStep } from "@/lib/questionnaire/steps";
import type { HeldAssessment, Pending } from "./find-held";
import type { Db } from "./types";

export type SaveResult =
  | { kind: "saved"; version: number; savedAt: string; next: Destination }
  /** Some answers need correcting; with `saved`, the valid ones and the typed text were kept. */
  | { kind: "invalid"; issues: StepIssue[]; saved?: { version: number; savedAt: string } }
  | { kind: "conflict"; version: number }
  | { kind: "read_only" }
  | { kind: "not_found" };

/** What a save needs of the database: Prisma for reads, plain SQL for its one write. */
export type StepStore = { prisma: Db; sql: SqlConnection };

/**
 * The save's write: the new answers and kept text on the version the user edited, if the draft
 * is still on it. Plain SQL rather than Prisma's updateMany: the autosave runs every few seconds
 * while someone types, and in the server Prisma's query path cost three times the statement; and
 * a prepared statement, planned once (README, Performance). Whether it wrote.
 */
async function writeStep(
  sql: SqlConnection,
  row: { id: string; version: number; answers: Answers; pending: Pending; at: Date },
): Promise<boolean> {
  const written = await sql.run(
    "save_step",
    `UPDATE "assessment" SET "answers" = $1::jsonb, "pending" = $2::jsonb, "version" = "version" + 1,
       "updated_at" = $3::timestamptz
     WHERE "id" = $4::uuid AND "version" = $5::int AND "status" = 'draft'`,
    [JSON.stringify(row.answers), JSON.stringify(row.pending), row.at.toISOString(), row.id, row.version],
  );
  return written === 1;
}

/**
 * Saves one step with optimistic concurrency: the write only lands on the version the user
 * edited, so two tabs never silently overwrite each other. Nothing invalid is ever an answer, and
 * nothing typed is lost: the valid answers are saved even when others on the page are not, and the
 * text of those is kept (`pending`) to be shown again with its error. Where the text replaces a
 * valid answer, that answer stays until the text is corrected (the check page lists it).
 */
export async function saveStep(
  db: StepStore,
  held: HeldAssessment,
  input: { step: string; values: unknown; version: number; mode: SaveMode; returnToCheck?: boolean },
  /** Told the draft as the save left it (lib/assessments/recent-saves.ts). */
  onSaved?: (now: HeldAssessment) => void,
): Promise<SaveResult> {
  const step = findStep(input.step);
  if (!step) return { kind: "not_found" };
  if (held.status !== "draft") return { kind: "read_only" };
  if (held.version !== input.version) return { kind: "conflict", version: held.version };

  const parsed = parseStep(step, input.values, held.answers, input.mode, pathKind);
  // A key that names nothing is a crafted request, not typing: nothing is saved.
  if (!parsed.ok && parsed.issues.some((i) => i.code === "unknown_field")) {
    return { kind: "invalid", issues: parsed.issues };
  }
  const values = parsed.ok ? parsed.values : parsed.valid;
  const typed = parsed.ok ? {} : parsed.typed;

  // The step's questions take exactly the submitted state (a cleared box clears the answer), but a
  // question whose new text is not valid keeps its saved answer until the text is corrected.
  let answers: Answers = held.answers;
  for (const f of step.fields) if (typed[f.path] === undefined) answers = setAt(answers, f.path, undefined);
  answers = pruneHidden(mergeAnswers(answers, values));
  const pending: Pending = { ...typed };
  const own = new Set<string>(step.fields.map((f) => f.path));
  for (const [path, text] of Object.entries(held.pending)) if (!own.has(path)) pending[path] = text;

  const at = new Date();
  if (!(await writeStep(db.sql, { id: held.id, version: input.version, answers, pending, at }))) {
    const now = await db.prisma.assessment.findUnique({
      where: { id: held.id },
      select: { version: true, status: true },
    });
    if (!now) return { kind: "not_found" };
    return now.status === "draft" ? { kind: "conflict", version: now.version } : { kind: "read_only" };
  }
  const saved = { version: input.version + 1, savedAt: at.toISOString() };
  onSaved?.({ ...held, answers, pending, version: saved.version, updatedAt: at });
  if (!parsed.ok) return { kind: "invalid", issues: parsed.issues, saved };
  return { kind: "saved", ...saved, next: nextDestination(step.id, answers, input.returnToCheck ?? false) };
}
