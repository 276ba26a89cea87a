import "server-only";
import { z } from "zod";
import type { AdminDb } from "@/lib/auth/types";

/** One account for its page; null for an id that is not one (never a query on a malformed id). */
export async function getUser(db: Pick<AdminDb, "adminUser">, id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  return db.adminUser.findUnique({ where: { id }, select: { id: true, email: true, role: true, disabledAt: true } });
}
