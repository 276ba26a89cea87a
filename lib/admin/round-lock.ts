import "server-only";
import type { AdminTx } from "@/lib/auth/types";
import { isFrozen, type RoundStage } from "./round-rules";

// How a round's sign-off and the changes it must not miss are kept apart, on PostgreSQL as on
// PGlite: a sign-off locks its round's row for update and its applications' rows for share before
// it checks the list; whatever changes the list (a decision, a move into or out of the round, a
// city) first locks the round's row for share and reads its stage. Whichever comes second waits
// for the first to commit, then sees what it did: the sign-off a decision made meanwhile, the
// decision the round frozen meanwhile. Call these inside a transaction: the locks last until it ends.

/**
 * The stage of the round an application is in, when that round's list is frozen (signed off at
 * least once): then its status, figures, outcomes, round and city stay as they are.
 */
export async function frozenRoundStage(
  tx: Pick<AdminTx, "$queryRaw">,
  assessmentId: string,
): Promise<RoundStage | null> {
  const rows = await tx.$queryRaw<{ stage: RoundStage }[]>`
    SELECT r."stage"::text AS "stage" FROM "assessment" a JOIN "review_round" r ON r."id" = a."round_id"
    WHERE a."id" = ${assessmentId}::uuid FOR SHARE OF r`;
  const stage = rows[0]?.stage;
  return stage && isFrozen(stage) ? stage : null;
}

/** A round's stage (null: no such round), its row locked for share. */
export async function roundStageForChange(tx: Pick<AdminTx, "$queryRaw">, roundId: string): Promise<RoundStage | null> {
  const rows = await tx.$queryRaw<{ stage: RoundStage }[]>`
    SELECT "stage"::text AS "stage" FROM "review_round" WHERE "id" = ${roundId}::uuid FOR SHARE`;
  return rows[0]?.stage ?? null;
}

/** For a sign-off or a return: the round's row locked for update, then its applications' rows for share. */
export async function lockRoundForSignoff(tx: Pick<AdminTx, "$queryRaw">, roundId: string): Promise<boolean> {
  const round = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "review_round" WHERE "id" = ${roundId}::uuid FOR UPDATE`;
  if (round.length === 0) return false;
  await tx.$queryRaw`SELECT "id" FROM "assessment" WHERE "round_id" = ${roundId}::uuid FOR SHARE`;
  return true;
}
