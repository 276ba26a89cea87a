import "server-only";
import { isStorableText } from "@/lib/criteria/text";
import type { Prisma } from "@/lib/db/generated/client";
import type { AssessmentStatus } from "@/lib/db/generated/enums";
import type { AdminDb, AdminTx } from "@/lib/auth/types";
import { applyOverrides, baseEvaluation } from "./effective-evaluation";
import { requestItems } from "./information-request";
import { overrideRecordsFor } from "./override-records";
import { recordAudit, type Actor } from "./record-audit";
import { frozenRoundStage } from "./round-lock";

// submitted → in review → recommended / not recommended / needs information. A decision can be
// reopened, and a company that supplied what was missing goes back into review.
export const TRANSITIONS: Readonly<Record<AssessmentStatus, readonly AssessmentStatus[]>> = {
  draft: [],
  submitted: ["in_review"],
  in_review: ["recommended", "not_recommended", "needs_information"],
  needs_information: ["in_review"],
  recommended: ["in_review"],
  not_recommended: ["in_review"],
};

export const NOTE_MAX = 2000;

export type ReviewInput = { id: string; to: AssessmentStatus; note: string; version: number };

export type ReviewResult =
  /** `requestId`: the request for more information made with a move to "needs information". */
  | { kind: "changed"; from: AssessmentStatus; to: AssessmentStatus; version: number; requestId?: string }
  | { kind: "note_required" }
  | { kind: "note_too_long" }
  | { kind: "note_unstorable" }
  | { kind: "invalid_transition"; from: AssessmentStatus }
  | { kind: "conflict" }
  | { kind: "round_locked" }
  | { kind: "not_found" };

/**
 * Moves an assessment along the review workflow, recording the event and the audit line. Asking
 * for more information also stores the request: the note and the criteria to look at, from the
 * evaluation as reviewed (overrides applied), which the company then sees.
 */
export async function reviewAssessment(
  db: AdminDb,
  actor: Actor & { userId: string },
  input: ReviewInput,
  now = new Date(),
): Promise<ReviewResult> {
  return db.$transaction((tx) => reviewWithin(tx, actor, input, now));
}

/**
 * reviewAssessment's work inside its transaction: the checks and the change see the same state, and
 * a round being signed off waits.
 */
async function reviewWithin(
  tx: AdminTx,
  actor: Actor & { userId: string },
  input: ReviewInput,
  now: Date,
): Promise<ReviewResult> {
  const note = input.note.trim();
  if (!note) return { kind: "note_required" };
  if (note.length > NOTE_MAX) return { kind: "note_too_long" };
  // A character PostgreSQL or a spreadsheet cannot hold (NUL, a lone surrogate) is refused here.
  if (!isStorableText(note)) return { kind: "note_unstorable" };
  const row = await tx.assessment.findUnique({
    where: { id: input.id },
    select: { status: true, version: true, evaluation: true, correctedEvaluation: true },
  });
  if (!row || row.status === "draft") return { kind: "not_found" };
  // The reviewer decided on what the page showed; if someone else moved it since, look again.
  if (row.version !== input.version) return { kind: "conflict" };
  if (!TRANSITIONS[row.status].includes(input.to)) return { kind: "invalid_transition", from: row.status };
  // A round's list, once signed off, keeps every application's decision (return the list first).
  // The round's row stays locked for share until this commits, so a sign-off cannot pass between.
  if (await frozenRoundStage(tx, input.id)) return { kind: "round_locked" };

  const updated = await tx.assessment.updateMany({
    where: { id: input.id, status: row.status, version: row.version },
    data: { status: input.to, version: { increment: 1 } },
  });
  if (updated.count !== 1) return { kind: "conflict" };
  await tx.reviewEvent.create({
    data: {
      assessmentId: input.id,
      fromStatus: row.status,
      toStatus: input.to,
      note,
      actorId: actor.userId,
      createdAt: now,
    },
  });
  const [requestId] =
    input.to === "needs_information" ? await requestInformation(tx, actor, [{ ...row, id: input.id }], note, now) : [];
  await recordAudit(
    tx,
    actor,
    {
      action: "assessment.review",
      targetType: "assessment",
      targetId: input.id,
      before: { status: row.status },
      after: { status: input.to, note },
    },
    now,
  );
  return { kind: "changed", from: row.status, to: input.to, version: row.version + 1, requestId };
}

/**
 * The requests a move to "needs information" makes, one per assessment: the note and the criteria
 * to look at, from the evaluation as reviewed (overrides applied; ids and outcomes only, which
 * every stored evaluation keeps). Their ids, for the e-mails.
 */
export async function requestInformation(
  tx: AdminTx,
  actor: Actor & { userId: string },
  rows: readonly ({ id: string } & Parameters<typeof baseEvaluation>[0])[],
  note: string,
  now: Date,
): Promise<string[]> {
  const overrides = await overrideRecordsFor(
    tx,
    rows.map((r) => r.id),
  );
  const created = await tx.informationRequest.createManyAndReturn({
    data: rows.map((row) => {
      const stored = baseEvaluation(row);
      const tiers = stored ? applyOverrides(stored, overrides.get(row.id) ?? []) : [];
      return {
        assessmentId: row.id,
        note,
        items: requestItems(tiers) as unknown as Prisma.InputJsonArray,
        requestedById: actor.userId,
        createdAt: now,
      };
    }),
    select: { id: true },
  });
  return created.map((r) => r.id);
}
