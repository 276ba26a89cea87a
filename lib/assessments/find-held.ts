import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { Answers } from "@/lib/questionnaire/answers";
import { isUuid } from "@/lib/ids";
import { hashSecretToken } from "@/lib/secret-token";
import type { Db } from "./types";

export type HeldAssessment = {
  id: string;
  reference: string;
  status: string;
  answers: Answers;
  /** Typed text not valid yet, by answer path (see the schema's `pending`). */
  pending: Pending;
  rulesetId: string;
  version: number;
  evaluation: unknown;
  submittedAt: Date | null;
  updatedAt: Date;
  copiedFromId: string | null;
  /** Whom reviewers may contact (lib/assessments/contact.ts), as stored. */
  contact: unknown;
  /** The submitted assessment this draft answers a request for more information on. */
  replyToId: string | null;
  /** A reply draft's note to the reviewer, as typed. */
  replyNote: string | null;
};

export type Pending = Record<string, string>;

/** Only string entries: the column is ours, but a hand-edited row must not break a page. */
function pendingOf(x: unknown): Pending {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return {};
  return Object.fromEntries(Object.entries(x).filter((e): e is [string, string] => typeof e[1] === "string"));
}

const select = {
  id: true,
  reference: true,
  status: true,
  answers: true,
  pending: true,
  rulesetId: true,
  version: true,
  evaluation: true,
  submittedAt: true,
  updatedAt: true,
  copiedFromId: true,
  contact: true,
  replyToId: true,
  replyNote: true,
  tokenHash: true,
} as const;

type Row = {
  id: string;
  reference: string;
  status: string;
  answers: unknown;
  pending: unknown;
  rulesetId: string;
  version: number;
  evaluation: unknown;
  submittedAt: Date | null;
  updatedAt: Date;
  copiedFromId: string | null;
  contact: unknown;
  replyToId: string | null;
  replyNote: string | null;
};

/** The row without its token hash, which never leaves this module. */
const toHeld = (row: Row): HeldAssessment => ({
  id: row.id,
  reference: row.reference,
  status: row.status,
  answers: (row.answers ?? {}) as Answers,
  pending: pendingOf(row.pending),
  rulesetId: row.rulesetId,
  version: row.version,
  evaluation: row.evaluation,
  submittedAt: row.submittedAt,
  updatedAt: row.updatedAt,
  copiedFromId: row.copiedFromId,
  contact: row.contact,
  replyToId: row.replyToId,
  replyNote: row.replyNote,
});

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** The assessment, if `token` is its resume token; null otherwise (no hint which part was wrong). */
export async function findHeldAssessment(
  db: Db,
  id: string,
  token: string | undefined,
): Promise<HeldAssessment | null> {
  if (!token || !isUuid(id)) return null;
  const row = await db.assessment.findUnique({ where: { id }, select });
  if (!row || !sameHash(row.tokenHash, hashSecretToken(token))) return null;
  return toHeld(row);
}

export async function findByToken(
  db: Db,
  token: string,
): Promise<{ id: string; status: string; answers: Answers } | null> {
  const row = await db.assessment.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { id: true, status: true, answers: true },
  });
  return row ? { ...row, answers: (row.answers ?? {}) as Answers } : null;
}

/** For reviewers and admins, who see submitted assessments without a resume token. */
export async function findSubmittedAssessment(db: Db, id: string): Promise<HeldAssessment | null> {
  if (!isUuid(id)) return null;
  const row = await db.assessment.findUnique({ where: { id }, select });
  if (!row || row.status === "draft") return null;
  return toHeld(row);
}
