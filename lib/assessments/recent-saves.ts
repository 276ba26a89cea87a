import "server-only";
import { timingSafeEqual } from "node:crypto";
import { hashSecretToken } from "@/lib/secret-token";
import type { HeldAssessment } from "./find-held";

// The questionnaire saves a page every few seconds while someone types, each save on the version
// the previous one returned. This server remembers the draft as its last save left it, so the next
// save on that version needs no read first. It is safe because every write to a draft's answers
// raises its version and the save's UPDATE lands only on the version it started from (and only on
// a draft): if anything changed the row meanwhile (another server, another tab, submission,
// pruning) the UPDATE matches nothing, and the save reads the row and answers as it would have.

const MAX_DRAFTS = 2_000;

type Remembered = { held: HeldAssessment; tokenHash: string };

const remembered = new Map<string, Remembered>();

/** The draft as this server's last save of `version` left it, if `token` is its resume token. */
export function recentSave(id: string, version: number, token: string | undefined): HeldAssessment | null {
  const entry = remembered.get(id);
  if (!entry || !token || entry.held.version !== version) return null;
  const hash = Buffer.from(hashSecretToken(token));
  const known = Buffer.from(entry.tokenHash);
  return hash.length === known.length && timingSafeEqual(hash, known) ? entry.held : null;
}

/** After a save landed: the draft as it now is in the database. */
export function rememberSave(held: HeldAssessment, token: string): void {
  remembered.delete(held.id);
  remembered.set(held.id, { held, tokenHash: hashSecretToken(token) });
  if (remembered.size > MAX_DRAFTS) remembered.delete(remembered.keys().next().value!);
}

export function forgetSave(id: string): void {
  remembered.delete(id);
}
