import "server-only";
import { getPrisma } from "@/lib/db/client";

/**
 * A stamp of the comparison data a report shows: the last enterprise import (the only writer of
 * designated enterprises) and the last change of an assessment's designation. Two small lookups.
 */
export async function peerStamp(): Promise<string> {
  const db = await getPrisma();
  const [lastImport, lastDesignation] = await Promise.all([
    db.enterpriseImport.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } }),
    db.auditLog.findFirst({ where: { action: "assessment.designate" }, orderBy: { id: "desc" }, select: { id: true } }),
  ]);
  return `${lastImport?.id ?? "-"}/${lastDesignation?.id.toString() ?? "-"}`;
}
