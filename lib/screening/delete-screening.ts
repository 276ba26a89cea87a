import "server-only";
import { recordAudit, type Actor } from "@/lib/admin/record-audit";
import type { ScreeningDb } from "./db";

/** Deletes a screening and its rows (admins only: the caller checks), recorded in the audit log. */
export async function deleteScreening(db: ScreeningDb, actor: Actor, id: string): Promise<boolean> {
  const found = await db.screening.findUnique({
    where: { id },
    select: { fileName: true, createdBy: true, createdAt: true, rowCount: true },
  });
  if (!found) return false;
  await db.screening.delete({ where: { id } });
  await recordAudit(db, actor, {
    action: "screening.delete",
    targetType: "screening",
    targetId: id,
    before: { ...found, createdAt: found.createdAt.toISOString() },
  });
  return true;
}
