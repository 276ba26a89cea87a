import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Answers } from "@/lib/questionnaire/answers";
import { logError } from "@/lib/log";
import { hashSecretToken, isWellFormedToken, newSecretToken } from "@/lib/secret-token";
import { countDraft, type DraftLimitDb } from "./draft-limit";
import { pruneDraftsNowAndThen } from "./prune-drafts";
import { newReference } from "./tokens";
import type { Db } from "./types";

export type NewDraft = { id: string; reference: string; token: string };

/**
 * Starts a draft (empty, or from a submitted assessment's answers) with a fresh resume token, or
 * with `token` when the start page chose it: the same start sent twice (a double click) then finds
 * the draft the first one made instead of making another.
 */
export async function createDraft(
  db: Db,
  options: {
    rulesetId: string;
    answers?: Answers;
    copiedFromId?: string;
    /** A reply to a request for more information on this submitted assessment (lib/assessments/reply.ts). */
    replyToId?: string;
    contact?: Prisma.InputJsonValue;
    token?: string;
  },
): Promise<NewDraft> {
  const { token, hash } =
    options.token && isWellFormedToken(options.token)
      ? { token: options.token, hash: hashSecretToken(options.token) }
      : newSecretToken();
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.assessment.create({
        data: {
          reference: newReference(),
          tokenHash: hash,
          rulesetId: options.rulesetId,
          answers: (options.answers ?? {}) as Prisma.InputJsonObject,
          copiedFromId: options.copiedFromId ?? null,
          replyToId: options.replyToId ?? null,
          ...(options.contact !== undefined ? { contact: options.contact } : {}),
        },
        select: { id: true, reference: true },
      });
      return { ...row, token };
    } catch (error) {
      const collision = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      // The same start again: the draft is there already.
      if (collision && options.token) {
        const existing = await db.assessment.findUnique({
          where: { tokenHash: hash },
          select: { id: true, reference: true },
        });
        if (existing) return { ...existing, token };
      }
      // A reference collision (1 in ~10^9 per pair): draw another.
      if (!collision || attempt >= 4) throw error;
    }
  }
}

export type StartResult = { kind: "started"; draft: NewDraft } | { kind: "refused"; retryMinutes: number };

/**
 * The start page's draft: the one this page's `token` started already (a second press), else a
 * new one if the address has not started too many lately (lib/assessments/draft-limit.ts). Now and
 * then, prunes the drafts that were never answered.
 */
export async function startDraft(
  db: Db & DraftLimitDb,
  options: { rulesetId: string; token?: string; address: string; now: Date },
): Promise<StartResult> {
  if (options.token && isWellFormedToken(options.token)) {
    const existing = await db.assessment.findUnique({
      where: { tokenHash: hashSecretToken(options.token) },
      select: { id: true, reference: true },
    });
    if (existing) return { kind: "started", draft: { ...existing, token: options.token } };
  }
  const counted = await countDraft(db, options.address, options.now);
  if (!counted.allowed) return { kind: "refused", retryMinutes: counted.retryMinutes };
  const draft = await createDraft(db, { rulesetId: options.rulesetId, token: options.token });
  void pruneDraftsNowAndThen(db, options.now, (error) => logError(error, { op: "pruneDrafts" }));
  return { kind: "started", draft };
}
