import "server-only";
import type { AdminDb } from "@/lib/auth/types";
import { isBatch, isDesignationYear } from "@/lib/enterprises/batches";
import { recordAudit, type Actor } from "./record-audit";

export type DesignationInput = { id: string; designation: { batch: number; year: number } | null };
export type DesignationResult = { kind: "saved" } | { kind: "invalid" } | { kind: "not_found" };

// A batch of the batch table (provinces number theirs the same way), in a year of those batches.
const valid = (d: { batch: number; year: number }) => isBatch(d.batch) && isDesignationYear(d.year);

/** Marks a submitted assessment's company as designated (batch, year), or clears the mark. */
export async function markDesignated(
  db: AdminDb,
  actor: Actor,
  input: DesignationInput,
  now = new Date(),
): Promise<DesignationResult> {
  if (input.designation && !valid(input.designation)) return { kind: "invalid" };
  const row = await db.assessment.findUnique({
    where: { id: input.id },
    select: { status: true, designatedBatch: true, designatedYear: true },
  });
  if (!row || row.status === "draft") return { kind: "not_found" };
  const after = { batch: input.designation?.batch ?? null, year: input.designation?.year ?? null };
  await db.$transaction(async (tx) => {
    await tx.assessment.update({
      where: { id: input.id },
      data: { designatedBatch: after.batch, designatedYear: after.year },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "assessment.designate",
        targetType: "assessment",
        targetId: input.id,
        before: { batch: row.designatedBatch, year: row.designatedYear },
        after,
      },
      now,
    );
  });
  return { kind: "saved" };
}
