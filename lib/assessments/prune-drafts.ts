import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { forgetEndedWindows } from "./draft-limit";

// Drafts that were never answered are deleted after a day: started (by a visitor, a crawler or a
// script) and never saved, so nobody can have lost anything. "Never answered" is exactly what
// starting one leaves: status draft, version 1 (every save increments it), no answers, no typed
// text, not a copy. Any draft with an answer is kept, as the README promises.

export const NEVER_ANSWERED_AFTER_MS = 24 * 60 * 60_000;
const BATCH = 1000;
const EVERY_MS = 60 * 60_000;

type PruneDb = Pick<PrismaClient, "$executeRaw" | "$queryRaw">;

/** Deletes at most `limit` never-answered drafts created before `now` minus a day; returns how many. */
export async function pruneNeverAnsweredDrafts(db: PruneDb, now: Date, limit = BATCH): Promise<number> {
  const before = new Date(now.getTime() - NEVER_ANSWERED_AFTER_MS);
  // Bounded, oldest first, through the (status, created_at) index.
  return db.$executeRaw`
    DELETE FROM "assessment" WHERE "id" IN (
      SELECT "id" FROM "assessment"
      WHERE "status" = 'draft' AND "created_at" < ${before} AND "version" = 1
        AND "answers" = '{}'::jsonb AND "pending" = '{}'::jsonb AND "copied_from_id" IS NULL
      ORDER BY "created_at" LIMIT ${limit})`;
}

type LastRun = { at?: number };
const holder = globalThis as typeof globalThis & { __zjtxDraftPrune?: LastRun };
const serverLastRun = (holder.__zjtxDraftPrune ??= {});

/**
 * Called on each draft started: prunes at most once an hour per server (one bounded DELETE of
 * drafts and one of ended rate windows), in the background; a failure only waits for the next
 * hour. Returns the pruning when it started one (for tests), else undefined.
 */
export function pruneDraftsNowAndThen(
  db: PruneDb,
  now: Date,
  onError: (error: unknown) => void,
  lastRun: LastRun = serverLastRun,
): Promise<void> | undefined {
  if (lastRun.at !== undefined && now.getTime() - lastRun.at < EVERY_MS) return undefined;
  lastRun.at = now.getTime();
  return Promise.all([pruneNeverAnsweredDrafts(db, now), forgetEndedWindows(db, now)]).then(() => undefined, onError);
}
