import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/** The latest uploaded lists, newest first, for the imports page. */
export async function listImports(db: { enterpriseImport: Prisma.EnterpriseImportDelegate }, take = 20) {
  return db.enterpriseImport.findMany({ where: { kind: "file" }, orderBy: { createdAt: "desc" }, take });
}
