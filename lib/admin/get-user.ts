import "server-only";
import type { AdminDb } from "@/lib/auth/types";
import { isUuid } from "@/lib/ids";

/** One account for its page; null for an id that is not one (never a query on a malformed id). */
export async function getUser(db: Pick<AdminDb, "adminUser">, id: string) {
  if (!isUuid(id)) return null;
  return db.adminUser.findUnique({ where: { id }, select: { id: true, email: true, role: true, disabledAt: true } });
}
