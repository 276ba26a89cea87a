import type { Locale } from "@/lib/i18n/locales";
// Imports one official list, all or nothing. Used by the CLI (scripts/enterprises-import.ts) and by
// the admin upload, so it carries no "server-only" marker: the CLI runs outside Next.
import { logError } from "@/lib/log";
import type { EnterpriseDbWithTx } from "./db";
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
};

// Writing 20,000 rows takes a few seconds on PGlite; Prisma's default of 5 s is too tight.
const TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

export async function importEnterprises(db: EnterpriseDbWithTx, input: ImportInput): Promise<ImportSummary> {
  const locale = input.locale ?? "zh-CN";
  const parsed = await parseEnterpriseFile({ ...input, locale });
  const record = {
    fileName: input.fileName,
    importedBy: input.importedBy ?? null,
    batch: input.batch ?? null,
    year: input.year ?? null,
    rowCount: parsed.rowCount,
  };
  const refuse = async (errors: ImportError[]): Promise<ImportSummary> => {
    await db.enterpriseImport
      .create({ data: { ...record, imported: 0, updated: 0, errors } })
      .catch((e: unknown) => logError(e, { op: "importEnterprises.record" }));
    return { imported: 0, updated: 0, errors };
  };
  if (parsed.errors.length > 0) return refuse(parsed.errors);

  try {
    return await db
      .$transaction(async (tx) => {
        const existing = await tx.designatedEnterprise.findMany({
          select: { id: true, uscc: true, nameKey: true, provinceCode: true },
        });
        const matched = matchRows(parsed.rows, existing, locale);
        if (matched.errors.length > 0) return { imported: 0, updated: 0, errors: matched.errors };
        const imported = matched.inserts.length;
        const updated = matched.updates.length;
        const { id } = await tx.enterpriseImport.create({
          data: { ...record, imported, updated },
          select: { id: true },
        });
        await insertEnterprises(tx, matched.inserts, id);
        await updateEnterprises(tx, matched.updates, id);
        return { imported, updated, errors: [] };
      }, TRANSACTION)
      .then((summary) => (summary.errors.length > 0 ? refuse(summary.errors) : summary));
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
