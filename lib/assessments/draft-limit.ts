import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

// Drafts started per client address: a fixed window counted in the database, so that every app
// server shares the count. One statement counts the attempt and returns the count (no read-then-
// write window), as the login throttle does.

export type DraftLimitPolicy = { max: number; windowMs: number };

export const defaultDraftLimit: DraftLimitPolicy = { max: 20, windowMs: 10 * 60_000 };

export type DraftLimitDb = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

/** Counts one more draft for `address`: allowed, or refused with the minutes until the window ends. */
export async function countDraft(
  db: DraftLimitDb,
  address: string,
  now: Date,
  policy = defaultDraftLimit,
): Promise<{ allowed: true } | { allowed: false; retryMinutes: number }> {
  const key = `ip:${address}`;
  const windowEndsBefore = new Date(now.getTime() - policy.windowMs);
  const rows = await db.$queryRaw<{ count: number; window_start: Date }[]>`
    INSERT INTO "draft_rate" ("key", "count", "window_start") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "draft_rate"."window_start" <= ${windowEndsBefore} THEN 1 ELSE "draft_rate"."count" + 1 END,
      "window_start" = CASE WHEN "draft_rate"."window_start" <= ${windowEndsBefore} THEN ${now} ELSE "draft_rate"."window_start" END
    RETURNING "count", "window_start"`;
  const row = rows[0];
  if (!row || row.count <= policy.max) return { allowed: true };
  const endsAt = new Date(row.window_start).getTime() + policy.windowMs;
  return { allowed: false, retryMinutes: Math.max(1, Math.ceil((endsAt - now.getTime()) / 60_000)) };
}

/** Forgets the windows that have ended (the pruning of lib/assessments/prune-drafts.ts). */
export async function forgetEndedWindows(db: DraftLimitDb, now: Date, policy = defaultDraftLimit): Promise<number> {
  return db.$executeRaw`DELETE FROM "draft_rate" WHERE "window_start" <= ${new Date(now.getTime() - policy.windowMs)}`;
}
