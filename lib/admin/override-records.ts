import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { OverrideRecord } from "./effective-evaluation";

/** An assessment's criterion overrides, oldest first, as applyOverrides takes them. */
export async function overrideRecords(
  db: Pick<Prisma.TransactionClient, "criterionOverride">,
  assessmentId: string,
): Promise<(OverrideRecord & { originalOutcome: string })[]> {
  const rows = await db.criterionOverride.findMany({
    where: { assessmentId },
    orderBy: { id: "asc" },
    include: { actor: { select: { email: true } } },
  });
  return rows.map((o) => ({ ...o, actorEmail: o.actor.email }));
}
