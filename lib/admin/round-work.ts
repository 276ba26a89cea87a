import "server-only";
// A round's day-to-day work: an application's arrangement (round, reviewer, 地市) and the queue's
// bulk changes (one status with one note and/or one assignee for many applications, all or none).
import { Prisma } from "@/lib/db/generated/client";
import type { AssessmentStatus } from "@/lib/db/generated/enums";
import type { AdminTx } from "@/lib/auth/types";
import { isStorableText } from "@/lib/criteria/text";
import { recordAudit, recordAudits, type Actor } from "./record-audit";
import { NOTE_MAX, requestInformation, TRANSITIONS } from "./review-assessment";
import { frozenRoundStage, roundStageForChange } from "./round-lock";
import { CITY_MAX, isFrozen } from "./round-rules";
import type { RoundDb } from "./rounds";

export type ArrangeInput = {
  id: string;
  /** The round, or null for none. */
  roundId: string | null;
  assigneeId: string | null;
  city: string;
};

export type ArrangeResult =
  | { kind: "changed" }
  | { kind: "unchanged" }
  | { kind: "not_found" }
  | { kind: "round_locked" }
  | { kind: "round_unavailable" }
  | { kind: "assignee_unavailable" }
  | { kind: "city_invalid" };

/**
 * An application's place in the office's work: its round, its reviewer and its city (地市). The
 * round must be open and judge the application's rule set; a frozen round keeps its
 * applications and their cities (the assignee may still change: it does not touch the list).
 */
export async function arrangeAssessment(
  db: RoundDb,
  actor: Actor & { userId: string },
  input: ArrangeInput,
  now = new Date(),
): Promise<ArrangeResult> {
  return db.$transaction((tx) => arrangeWithin(tx, actor, input, now));
}

/** arrangeAssessment inside the caller's transaction (a bulk assignment makes all of its in one). */
async function arrangeWithin(
  tx: AdminTx,
  actor: Actor & { userId: string },
  input: ArrangeInput,
  now: Date,
): Promise<ArrangeResult> {
  const city = input.city.normalize("NFC").trim();
  if (city.length > CITY_MAX || !isStorableText(city)) return { kind: "city_invalid" };
  // Both rounds' rows locked for share (see round-lock.ts): a sign-off cannot pass in between.
  const frozen = await frozenRoundStage(tx, input.id);
  const row = await tx.assessment.findUnique({
    where: { id: input.id },
    select: {
      status: true,
      rulesetId: true,
      roundId: true,
      assigneeId: true,
      city: true,
      round: { select: { name: true } },
      assignee: { select: { email: true } },
    },
  });
  if (!row || row.status === "draft") return { kind: "not_found" };
  const newCity = city || null;
  const listChange = row.roundId !== input.roundId || row.city !== newCity;
  if (listChange && frozen) return { kind: "round_locked" };
  let roundName: string | null = null;
  if (input.roundId && input.roundId !== row.roundId) {
    const stage = await roundStageForChange(tx, input.roundId);
    const round = await tx.reviewRound.findUnique({
      where: { id: input.roundId },
      select: { rulesetId: true, name: true },
    });
    if (!round || stage !== "open" || round.rulesetId !== row.rulesetId) return { kind: "round_unavailable" };
    roundName = round.name;
  } else if (input.roundId) roundName = row.round?.name ?? null;
  let assigneeEmail: string | null = null;
  if (input.assigneeId) {
    const user = await tx.adminUser.findUnique({
      where: { id: input.assigneeId },
      select: { email: true, disabledAt: true },
    });
    if (!user || (user.disabledAt && input.assigneeId !== row.assigneeId)) return { kind: "assignee_unavailable" };
    assigneeEmail = user.email;
  }
  if (!listChange && row.assigneeId === input.assigneeId) return { kind: "unchanged" };
  await tx.assessment.update({
    where: { id: input.id },
    data: { roundId: input.roundId, assigneeId: input.assigneeId, city: newCity, version: { increment: 1 } },
  });
  await recordAudit(
    tx,
    actor,
    {
      action: "assessment.arrange",
      targetType: "assessment",
      targetId: input.id,
      before: { round: row.round?.name ?? null, assignee: row.assignee?.email ?? null, city: row.city },
      after: { round: roundName, assignee: assigneeEmail, city: newCity },
    },
    now,
  );
  return { kind: "changed" };
}

export type BulkInput = {
  roundId: string;
  /** The applications chosen, each with the version the page showed. */
  items: { id: string; version: number }[];
  to: AssessmentStatus | null;
  /** Assign them all to this reviewer ("" to nobody); undefined: leave as they are. */
  assigneeId?: string | null;
  note: string;
};

export type BulkResult =
  | { kind: "done"; changed: number; assigned: number; requestIds: string[] }
  | { kind: "none_chosen" }
  | { kind: "nothing_to_do" }
  | { kind: "note_required" }
  | { kind: "note_too_long" }
  | { kind: "note_unstorable" }
  | { kind: "round_locked" }
  | { kind: "assignee_unavailable" }
  | { kind: "not_found" }
  | { kind: "invalid_transition"; references: string[] }
  | { kind: "conflict"; references: string[] };

/**
 * One status change (with one note) and/or one assignment for many applications of a round. Every
 * chosen application is checked first (in the round, the move allowed, unchanged since the page
 * showed it): any that is not refuses the whole change, each named. Each move is then recorded
 * as its own review event and audit line, as a move made one by one would be.
 */
export async function bulkUpdate(
  db: RoundDb,
  actor: Actor & { userId: string },
  input: BulkInput,
  now = new Date(),
): Promise<BulkResult> {
  if (input.items.length === 0) return { kind: "none_chosen" };
  if (input.to === null && input.assigneeId === undefined) return { kind: "nothing_to_do" };
  const note = input.note.trim();
  if (input.to !== null) {
    if (!note) return { kind: "note_required" };
    if (note.length > NOTE_MAX) return { kind: "note_too_long" };
    if (!isStorableText(note)) return { kind: "note_unstorable" };
  }
  // All or none: every application checked, then changed, in one transaction.
  return db.$transaction((tx) => bulkWithin(tx, actor, { ...input, note }, now));
}

async function bulkWithin(
  tx: AdminTx,
  actor: Actor & { userId: string },
  input: BulkInput,
  now: Date,
): Promise<BulkResult> {
  const stage = await roundStageForChange(tx, input.roundId);
  if (!stage) return { kind: "not_found" };
  if (input.to !== null && isFrozen(stage)) return { kind: "round_locked" };
  // The chosen applications locked for update, always in the same order (so that two bulk changes
  // never wait on each other in a circle): what is checked below stays true until this commits.
  const ids = [...new Set(input.items.map((i) => i.id))].sort();
  await tx.$queryRaw`SELECT "id" FROM "assessment"
    WHERE "id" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}) ORDER BY "id" FOR UPDATE`;
  const rows = await tx.assessment.findMany({
    where: { id: { in: ids }, roundId: input.roundId },
    select: {
      id: true,
      reference: true,
      status: true,
      version: true,
      city: true,
      assigneeId: true,
      assignee: { select: { email: true } },
      round: { select: { name: true } },
      evaluation: input.to === "needs_information",
      correctedEvaluation: input.to === "needs_information",
    },
    orderBy: { reference: "asc" },
  });
  if (rows.length !== input.items.length) return { kind: "not_found" };
  const shown = new Map(input.items.map((i) => [i.id, i.version]));
  const stale = rows.filter((r) => r.version !== shown.get(r.id)).map((r) => r.reference);
  if (stale.length) return { kind: "conflict", references: stale };
  const to = input.to;
  if (to !== null) {
    const invalid = rows.filter((r) => !TRANSITIONS[r.status].includes(to)).map((r) => r.reference);
    if (invalid.length) return { kind: "invalid_transition", references: invalid };
  }

  // Set-based, one statement per kind of change, each application still its own event and audit
  // line: 500 applications moved and assigned one by one held PGlite's only connection for 18 s.
  let assigned = 0;
  if (input.assigneeId !== undefined) {
    const assigneeId = input.assigneeId;
    let email: string | null = null;
    if (assigneeId !== null) {
      const user = await tx.adminUser.findUnique({
        where: { id: assigneeId },
        select: { email: true, disabledAt: true },
      });
      if (!user || user.disabledAt) return { kind: "assignee_unavailable" };
      email = user.email;
    }
    const moving = rows.filter((r) => r.assigneeId !== assigneeId);
    await tx.assessment.updateMany({
      where: { id: { in: moving.map((r) => r.id) } },
      data: { assigneeId, version: { increment: 1 } },
    });
    await recordAudits(
      tx,
      actor,
      moving.map((r) => ({
        action: "assessment.arrange",
        targetType: "assessment",
        targetId: r.id,
        before: { round: r.round?.name ?? null, assignee: r.assignee?.email ?? null, city: r.city },
        after: { round: r.round?.name ?? null, assignee: email, city: r.city },
      })),
      now,
    );
    assigned = moving.length;
  }
  const requestIds: string[] = [];
  if (to !== null) {
    await tx.assessment.updateMany({
      where: { id: { in: rows.map((r) => r.id) } },
      data: { status: to, version: { increment: 1 } },
    });
    await tx.reviewEvent.createMany({
      data: rows.map((r) => ({
        assessmentId: r.id,
        fromStatus: r.status,
        toStatus: to,
        note: input.note,
        actorId: actor.userId,
        createdAt: now,
      })),
    });
    if (to === "needs_information") requestIds.push(...(await requestInformation(tx, actor, rows, input.note, now)));
    await recordAudits(
      tx,
      actor,
      rows.map((r) => ({
        action: "assessment.review",
        targetType: "assessment",
        targetId: r.id,
        before: { status: r.status },
        after: { status: to, note: input.note },
      })),
      now,
    );
  }
  return { kind: "done", changed: to === null ? 0 : rows.length, assigned, requestIds };
}
