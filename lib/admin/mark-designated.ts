import "server-only";
import type { AdminDb } from "@/lib/auth/types";
import { checkBatchYear, type BatchYearProblem } from "@/lib/enterprises/batches";
import { recordAudit, type Actor } from "./record-audit";

/** Batch and year as typed (text or numbers); null, or both blank, clears the mark. */
export type DesignationInput = {
  id: string;
  designation: { batch: number | string; year: number | string } | null;
};
export type DesignationResult =
  | { kind: "saved" }
  | { kind: "invalid"; problem: BatchYearProblem }
  | { kind: "not_recommended" }
  | { kind: "not_found" };

/**
 * Marks a recommended assessment's company as designated a Little Giant (batch, year), or clears
 * the mark (from any status, to undo a mistake). Only what the office recommended can have been
 * designated. The batch and year go through the one check the imports use (batches.ts
 * checkBatchYear): a batch of the batch table, in that batch's year, digits only.
 */
export async function markDesignated(
  db: AdminDb,
  actor: Actor,
  input: DesignationInput,
  now = new Date(),
): Promise<DesignationResult> {
  const checked = checkBatchYear(input.designation ?? {}, { both: true });
  if (!checked.ok) return { kind: "invalid", problem: checked.problem };
  const row = await db.assessment.findUnique({
    where: { id: input.id },
    select: { status: true, designatedBatch: true, designatedYear: true },
  });
  if (!row || row.status === "draft") return { kind: "not_found" };
  if (checked.batch !== undefined && row.status !== "recommended") return { kind: "not_recommended" };
  const after = { batch: checked.batch ?? null, year: checked.year ?? null };
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
