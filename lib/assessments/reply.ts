import "server-only";
import { evaluateCore, isRulesetId, type Facts } from "@/lib/criteria";
import { Prisma } from "@/lib/db/generated/client";
import { applyOverrides } from "@/lib/admin/effective-evaluation";
import { parseItems, type RequestItem } from "@/lib/admin/information-request";
import { overrideRecords } from "@/lib/admin/override-records";
import { recordAudit } from "@/lib/admin/record-audit";
import { isUuid } from "@/lib/ids";
import { newSecretToken } from "@/lib/secret-token";
import { storedContact, type StoredContact } from "./contact";
import { createDraft, type NewDraft } from "./create-draft";
import type { HeldAssessment } from "./find-held";
import { listColumns } from "./list-columns";
import type { Db } from "./types";

// The company's side of a request for more information (lib/admin/information-request.ts): it
// sees the request on its result page, answers in a draft copied from the case (linked to it by
// replyToId), and submitting that draft puts the new answers into the same case: the case's
// earlier answers and evaluation are kept as a revision, the case goes back into review, and the
// draft is deleted. The rule set stays the case's.

export type CompanyRequest = {
  id: string;
  note: string;
  items: RequestItem[];
  createdAt: Date;
  answeredAt: Date | null;
};

/** The latest request for more information on an assessment, answered or not (null: none). */
export async function latestRequest(db: Pick<Prisma.TransactionClient, "informationRequest">, assessmentId: string) {
  const row = await db.informationRequest.findFirst({
    where: { assessmentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, note: true, items: true, createdAt: true, answeredAt: true },
  });
  return row ? ({ ...row, items: parseItems(row.items) } satisfies CompanyRequest) : null;
}

/** The reply being written to a case, if any: a draft linked to it. */
export async function replyDraftOf(db: Db, caseId: string) {
  return db.assessment.findFirst({
    where: { replyToId: caseId, status: "draft" },
    orderBy: { createdAt: "desc" },
    select: { id: true, reference: true },
  });
}

/** The case a reply draft answers: its reference, and whether it still waits for the reply. */
export async function replyCaseOf(db: Db, caseId: string) {
  return db.assessment.findUnique({ where: { id: caseId }, select: { reference: true, status: true } });
}

/** The case a reply draft went into, once merged (the draft itself is gone); null otherwise. */
export async function mergedReplyCase(db: Pick<Prisma.TransactionClient, "informationRequest">, draftId: string) {
  if (!isUuid(draftId)) return null;
  const request = await db.informationRequest.findFirst({
    where: { replyDraftId: draftId },
    select: { assessmentId: true },
  });
  return request?.assessmentId ?? null;
}

export type StartReply = { kind: "started"; draft: NewDraft } | { kind: "closed" };

/**
 * The draft to answer a case's open request in: the one already started (with a fresh resume
 * token, for a device that does not hold it), or a new copy of the case's answers and contact.
 */
export async function startReply(db: Db, held: HeldAssessment): Promise<StartReply> {
  if (held.status !== "needs_information") return { kind: "closed" };
  const existing = await replyDraftOf(db, held.id);
  if (existing) {
    const { token, hash } = newSecretToken();
    await db.assessment.update({ where: { id: existing.id }, data: { tokenHash: hash } });
    return { kind: "started", draft: { ...existing, token } };
  }
  const draft = await createDraft(db, {
    rulesetId: held.rulesetId,
    answers: held.answers,
    copiedFromId: held.id,
    replyToId: held.id,
    contact: storedContact(held.contact) as Prisma.InputJsonObject,
  });
  return { kind: "started", draft };
}

class Closed extends Error {}

export type MergeResult =
  { kind: "replied"; caseId: string } | { kind: "closed" } | { kind: "changed"; version: number };

/**
 * Submits a reply draft into its case, all or nothing: the draft must still be on the version the
 * company confirmed and the case still waiting for information; else nothing changes.
 */
export async function mergeReply(
  db: Db,
  draft: HeldAssessment & { replyToId: string },
  input: { version: number; today: string; facts: Facts; contact: StoredContact; replyNote: string | null },
  now = new Date(),
): Promise<MergeResult> {
  try {
    return await db.$transaction(async (tx) => {
      const target = await tx.assessment.findUnique({
        where: { id: draft.replyToId },
        select: {
          id: true,
          status: true,
          version: true,
          answers: true,
          evaluation: true,
          rulesetId: true,
          contact: true,
          submittedAt: true,
          verdictInnovativeSme: true,
          verdictSpecializedSme: true,
          verdictLittleGiant: true,
        },
      });
      if (!target || target.status !== "needs_information" || !target.submittedAt) throw new Closed();
      // The draft first: another tab may have changed it since the company confirmed it.
      const deleted = await tx.assessment.deleteMany({
        where: { id: draft.id, status: "draft", version: input.version },
      });
      if (deleted.count !== 1) {
        const current = await tx.assessment.findUnique({ where: { id: draft.id }, select: { version: true } });
        return { kind: "changed", version: current?.version ?? input.version } as const;
      }
      const evaluation = evaluateCore(input.facts, {
        today: input.today,
        ...(isRulesetId(target.rulesetId) ? { ruleset: target.rulesetId } : {}),
      });
      // A reviewer's judgements stand (they are shown, with their reasons, and can be changed).
      const reviewed = applyOverrides(evaluation, await overrideRecords(tx, target.id));
      const claimed = await tx.assessment.updateMany({
        where: { id: target.id, status: "needs_information", version: target.version },
        data: {
          status: "in_review",
          version: { increment: 1 },
          answers: draft.answers as Prisma.InputJsonObject,
          evaluation: evaluation as unknown as Prisma.InputJsonObject,
          contact: input.contact as Prisma.InputJsonObject,
          // Reviewers' corrections were of the answers now replaced (fact_correction.revision).
          correctedAnswers: Prisma.DbNull,
          correctedEvaluation: Prisma.DbNull,
          ...listColumns(input.facts, reviewed),
        },
      });
      if (claimed.count !== 1) throw new Closed();
      const number = (await tx.assessmentRevision.count({ where: { assessmentId: target.id } })) + 1;
      await tx.assessmentRevision.create({
        data: {
          assessmentId: target.id,
          number,
          answers: target.answers as Prisma.InputJsonObject,
          evaluation: target.evaluation as Prisma.InputJsonObject,
          rulesetId: target.rulesetId,
          contact: target.contact as Prisma.InputJsonObject,
          submittedAt: target.submittedAt,
          createdAt: now,
        },
      });
      const note = input.replyNote ?? "";
      await tx.reviewEvent.create({
        data: {
          assessmentId: target.id,
          fromStatus: "needs_information",
          toStatus: "in_review",
          note,
          actorId: null,
          createdAt: now,
        },
      });
      const request = await tx.informationRequest.findFirst({
        where: { assessmentId: target.id, answeredAt: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      if (request) {
        await tx.informationRequest.update({
          where: { id: request.id },
          data: { answeredAt: now, replyNote: input.replyNote, revisionNumber: number, replyDraftId: draft.id },
        });
      }
      const verdicts = (v: { innovative: unknown; specialized: unknown; littleGiant: unknown }) => ({
        "innovative-sme": v.innovative ?? null,
        "specialized-sme": v.specialized ?? null,
        "little-giant": v.littleGiant ?? null,
      });
      await recordAudit(
        tx,
        { userId: null, email: "" },
        {
          action: "assessment.reply",
          targetType: "assessment",
          targetId: target.id,
          before: {
            status: "needs_information",
            verdicts: verdicts({
              innovative: target.verdictInnovativeSme,
              specialized: target.verdictSpecializedSme,
              littleGiant: target.verdictLittleGiant,
            }),
          },
          after: {
            status: "in_review",
            revision: number,
            ...(input.replyNote ? { note: input.replyNote } : {}),
            verdicts: Object.fromEntries(reviewed.map((t) => [t.id, t.verdict])),
          },
        },
        now,
      );
      return { kind: "replied", caseId: target.id } as const;
    });
  } catch (error) {
    if (error instanceof Closed) return { kind: "closed" };
    throw error;
  }
}
