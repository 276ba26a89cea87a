import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { OverrideRecord } from "./effective-evaluation";

type OverrideDb = Pick<Prisma.TransactionClient, "criterionOverride">;
type Records = (OverrideRecord & { originalOutcome: string })[];

/** An assessment's criterion overrides, oldest first, as applyOverrides takes them. */
export async function overrideRecords(db: OverrideDb, assessmentId: string): Promise<Records> {
  return (await overrideRecordsFor(db, [assessmentId])).get(assessmentId) ?? [];
}

/** The same for many assessments in one query, by assessment (none: no entry). */
export async function overrideRecordsFor(
  db: OverrideDb,
  assessmentIds: readonly string[],
): Promise<Map<string, Records>> {
  const rows = await db.criterionOverride.findMany({
    where: { assessmentId: { in: [...assessmentIds] } },
    orderBy: { id: "asc" },
    include: { actor: { select: { email: true } } },
  });
  const byAssessment = new Map<string, Records>();
  for (const o of rows) {
    const list = byAssessment.get(o.assessmentId) ?? [];
    list.push({ ...o, actorEmail: o.actor.email });
    byAssessment.set(o.assessmentId, list);
  }
  return byAssessment;
}
