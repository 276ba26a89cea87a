import "server-only";
// A round's list signed off 初审 → 复审 → 审定 (or returned to open), and its downloads, each in
// the audit log.
import { isStorableText } from "@/lib/criteria/text";
import { recordAudit, type Actor } from "./record-audit";
import { NOTE_MAX } from "./review-assessment";
import { lockRoundForSignoff } from "./round-lock";
import { NEXT_STAGE, type ListProblem, type RoundStage } from "./round-rules";
import { getRound, type RoundDb } from "./rounds";

export type SignoffResult =
  | { kind: "signed"; stage: RoundStage }
  | { kind: "returned" }
  | { kind: "note_required" }
  | { kind: "note_too_long" }
  | { kind: "note_unstorable" }
  | { kind: "not_found" }
  | { kind: "conflict" }
  | { kind: "locked" }
  | { kind: "not_ready"; problems: ListProblem[] }
  | { kind: "same_signer" }
  | { kind: "admin_only" };

function checkNote(text: string): { note: string } | SignoffResult {
  const note = text.trim();
  if (!note) return { kind: "note_required" };
  if (note.length > NOTE_MAX) return { kind: "note_too_long" };
  if (!isStorableText(note)) return { kind: "note_unstorable" };
  return { note };
}

/**
 * The round's next sign-off: 初审 (the list complete, see listProblems), 复审 by someone other than
 * who signed 初审, 审定 by an admin, after which the list is locked for good.
 */
export async function signOffRound(
  db: RoundDb,
  actor: Actor & { userId: string; role: "admin" | "reviewer" },
  input: { id: string; version: number; note: string },
  now = new Date(),
): Promise<SignoffResult> {
  const checked = checkNote(input.note);
  if (!("note" in checked)) return checked;
  // The list is checked and signed in one transaction, its rows locked: a decision made meanwhile
  // is either seen by the check or refused as frozen (see round-lock.ts).
  return db.$transaction(async (tx) => {
    if (!(await lockRoundForSignoff(tx, input.id))) return { kind: "not_found" } as const;
    const round = (await getRound(tx, input.id))!;
    const next = NEXT_STAGE[round.stage];
    if (!next) return { kind: "locked" } as const;
    if (round.version !== input.version) return { kind: "conflict" } as const;
    if (round.stage === "open" && round.problems.length)
      return { kind: "not_ready", problems: round.problems } as const;
    // 复审 is a second pair of eyes: not whoever signed the 初审 now standing.
    const firstSigner = round.signoffs.findLast((s) => s.stage === "first_review")?.actorId;
    if (next === "second_review" && firstSigner === actor.userId) return { kind: "same_signer" } as const;
    if (next === "approved" && actor.role !== "admin") return { kind: "admin_only" } as const;
    await tx.reviewRound.update({
      where: { id: input.id },
      data: { stage: next, version: { increment: 1 } },
    });
    await tx.roundSignoff.create({
      data: { roundId: input.id, stage: next, note: checked.note, actorId: actor.userId, createdAt: now },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "round.signoff",
        targetType: "round",
        targetId: input.id,
        before: { stage: round.stage },
        after: { stage: next, note: checked.note, recommended: round.ranked.map((r) => r.reference) },
      },
      now,
    );
    return { kind: "signed", stage: next } as const;
  });
}

/** Sends a list being signed off back to open (with why), so that its applications can change. */
export async function returnRound(
  db: RoundDb,
  actor: Actor & { userId: string },
  input: { id: string; version: number; note: string },
  now = new Date(),
): Promise<SignoffResult> {
  const checked = checkNote(input.note);
  if (!("note" in checked)) return checked;
  const round = await db.reviewRound.findUnique({ where: { id: input.id }, select: { stage: true, version: true } });
  if (!round) return { kind: "not_found" };
  if (round.stage === "approved") return { kind: "locked" };
  if (round.stage === "open") return { kind: "conflict" };
  if (round.version !== input.version) return { kind: "conflict" };
  return db.$transaction(async (tx) => {
    const updated = await tx.reviewRound.updateMany({
      where: { id: input.id, version: input.version, stage: round.stage },
      data: { stage: "open", version: { increment: 1 } },
    });
    if (updated.count !== 1) return { kind: "conflict" } as const;
    await tx.roundSignoff.create({
      data: { roundId: input.id, stage: "open", note: checked.note, actorId: actor.userId, createdAt: now },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "round.return",
        targetType: "round",
        targetId: input.id,
        before: { stage: round.stage },
        after: { stage: "open", note: checked.note },
      },
      now,
    );
    return { kind: "returned" } as const;
  });
}

/** A download of a round's list, in the audit log (data leaving the system). */
export async function recordRoundExport(db: RoundDb, actor: Actor, roundId: string, format: "xlsx" | "pdf") {
  await recordAudit(db, actor, { action: "round.export", targetType: "round", targetId: roundId, after: { format } });
}
