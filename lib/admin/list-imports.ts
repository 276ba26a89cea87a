import "server-only";
import { onAppDatabase } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ImportError } from "@/lib/enterprises/types";

type Db = { enterpriseImport: Prisma.EnterpriseImportDelegate };

/** The latest uploaded lists, newest first, for the imports page: counts only, never the stored errors. */
export async function listImports(db: Db, take = 20) {
  return db.enterpriseImport.findMany({
    where: { kind: "file" },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      createdAt: true,
      fileName: true,
      importedBy: true,
      rowCount: true,
      imported: true,
      updated: true,
      errorCount: true,
    },
  });
}

/** One uploaded list's result, with its stored errors (the first thousand), for the page after an upload. */
async function getImport(db: Db, id: string) {
  const row = await db.enterpriseImport.findFirst({
    where: { id, kind: "file" },
    select: { fileName: true, imported: true, updated: true, errors: true, errorCount: true, createdAt: true },
  });
  if (!row) return null;
  const errors = Array.isArray(row.errors) ? (row.errors as ImportError[]) : [];
  return { ...row, errors, errorCount: Math.max(row.errorCount, errors.length) };
}

/** getImport on the app's database, for the imports page. */
export const importResult = onAppDatabase(getImport);
