import "server-only";
import type { AdminDb } from "@/lib/auth/types";
import { isFrozen, type RoundStage } from "./round-rules";

/**
 * The stage of the round an application is in, when that round's list is frozen (signed off at
 * least once): then its status, figures, outcomes, round and city stay as they are.
 */
export async function frozenRoundStage(
  db: Pick<AdminDb, "$queryRaw">,
  assessmentId: string,
): Promise<RoundStage | null> {
  const rows = await db.$queryRaw<{ stage: RoundStage }[]>`
    SELECT r."stage"::text AS "stage" FROM "assessment" a JOIN "review_round" r ON r."id" = a."round_id"
    WHERE a."id" = ${assessmentId}::uuid`;
  const stage = rows[0]?.stage;
  return stage && isFrozen(stage) ? stage : null;
}
