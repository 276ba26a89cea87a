import type { Locale } from "@/lib/i18n/locales";
// Imports one official list, all or nothing. Used by the CLI (scripts/enterprises-import.ts) and by
// the admin upload, so it carries no "server-only" marker: the CLI runs outside Next.
import { logError } from "@/lib/log";
import type { EnterpriseDbWithTx } from "./db";
import { ErrorList } from "./import/error-list";
import { IMPORT_LIMITS, type ImportLimits } from "./import/limits";
import { importMessage } from "./import/messages";
import { parseEnterpriseFile } from "./import/parse-file";
import { matchRows } from "./match-rows";
import type { ImportError, ImportSummary } from "./types";
import { insertEnterprises, updateEnterprises } from "./write-rows";

export type ImportInput = {
  fileName: string;
  bytes: Uint8Array;
  batch?: number;
  year?: number;
  importedBy?: string;
  locale?: Locale;
  /** Where the file came from (default: the upload form), for where a missing batch is to be given. */
  from?: "form" | "cli";
  /** Lower limits for tests; the defaults are IMPORT_LIMITS. */
  limits?: Partial<ImportLimits>;
};

/** The summary, and the import record that holds it (null if even that could not be written). */
export type ImportResult = ImportSummary & { importId: string | null };

// Writing 20,000 rows takes a few seconds on PGlite; Prisma's default of 5 s is too tight.
const TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

export async function importEnterprises(db: EnterpriseDbWithTx, input: ImportInput): Promise<ImportResult> {
  const locale = input.locale ?? "zh-CN";
  const limits = { ...IMPORT_LIMITS, ...input.limits };
  const parsed = await parseEnterpriseFile({ ...input, locale, limits });
  const record = {
    fileName: input.fileName,
    importedBy: input.importedBy ?? null,
    batch: input.batch ?? null,
    year: input.year ?? null,
    rowCount: parsed.rowCount,
  };
  const refuse = async (errors: ImportError[], errorCount = errors.length): Promise<ImportResult> => {
    const importId = await db.enterpriseImport
      .create({ data: { ...record, imported: 0, updated: 0, errors, errorCount }, select: { id: true } })
      .then((r) => r.id)
      .catch((e: unknown) => {
        logError(e, { op: "importEnterprises.record" });
        return null;
      });
    return { imported: 0, updated: 0, errors, errorCount, importId };
  };
  if (parsed.errorCount > 0) return refuse(parsed.errors, parsed.errorCount);

  try {
    return await db
      .$transaction(
        async (tx): Promise<{ refused: ErrorList } | { imported: number; updated: number; importId: string }> => {
          const existing = await tx.designatedEnterprise.findMany({
            select: { id: true, uscc: true, nameKey: true, provinceCode: true },
          });
          const matched = matchRows(parsed.rows, existing, locale, new ErrorList(limits.storedErrors));
          if (matched.errors.count > 0) return { refused: matched.errors };
          const imported = matched.inserts.length;
          const updated = matched.updates.length;
          const { id } = await tx.enterpriseImport.create({
            data: { ...record, imported, updated },
            select: { id: true },
          });
          await insertEnterprises(tx, matched.inserts, id);
          await updateEnterprises(tx, matched.updates, id);
          return { imported, updated, importId: id };
        },
        TRANSACTION,
      )
      .then((done) =>
        "refused" in done ? refuse(done.refused.items, done.refused.count) : { ...done, errors: [], errorCount: 0 },
      );
  } catch (error) {
    return refuse([
      {
        line: 0,
        message: importMessage("database", locale, {
          id: logError(error, { op: "importEnterprises", fileName: input.fileName }),
        }),
      },
    ]);
  }
}
