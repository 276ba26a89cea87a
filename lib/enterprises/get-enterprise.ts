import "server-only";
import type { EnterpriseDb } from "./db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One firm with its metrics and the import it came from; null for an unknown or malformed id. */
export async function getEnterprise(db: EnterpriseDb, id: string) {
  if (!UUID.test(id)) return null;
  return db.designatedEnterprise.findUnique({
    where: { id },
    include: { sourceImport: { select: { kind: true, fileName: true, createdAt: true } } },
  });
}
