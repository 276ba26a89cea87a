import "server-only";
import { isUuid } from "@/lib/ids";
import type { EnterpriseDb } from "./db";

/** One firm with its metrics and the import it came from; null for an unknown or malformed id. */
export async function getEnterprise(db: EnterpriseDb, id: string) {
  if (!isUuid(id)) return null;
  return db.designatedEnterprise.findUnique({
    where: { id },
    include: { sourceImport: { select: { kind: true, fileName: true, createdAt: true } } },
  });
}
