"use server";
// The imports page's server action: admins only (checked here as well as on the page).
import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { requireAdminAction } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import {
  FIRST_BATCH,
  FIRST_DESIGNATION_YEAR,
  isBatch,
  isDesignationYear,
  LAST_BATCH,
  LAST_DESIGNATION_YEAR,
  wholeNumber,
} from "@/lib/enterprises/batches";
import { importEnterprises } from "@/lib/enterprises/import-enterprises";
import { logError } from "@/lib/log";
import { recordAudit } from "../record-audit";

export type ImportFormState =
  | { status: "idle" }
  | { status: "error"; field: "file" | "batch" | "year"; message: string }
  | {
      status: "done";
      fileName: string;
      imported: number;
      updated: number;
      errors: { line: number; message: string }[];
      at: number;
    };

/** 20 MB is far above a province's list (a few thousand rows); the server-action limit matches. */
const MAX_BYTES = 20 * 1024 * 1024;

/** Empty: the file says (undefined); else a whole number that `valid` accepts, or null (refused). */
function optional(value: FormDataEntryValue | null, valid: (n: number) => boolean): number | undefined | null {
  if (String(value ?? "").trim() === "") return undefined;
  const n = wholeNumber(value);
  return n !== null && valid(n) ? n : null;
}

export async function importEnterprisesAction(_: ImportFormState, data: FormData): Promise<ImportFormState> {
  const session = await requireAdminAction("admin");
  const t = await getTranslations("admin.imports");
  const file = data.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", field: "file", message: t("errors.file") };
  if (file.size > MAX_BYTES) return { status: "error", field: "file", message: t("errors.tooLarge") };
  const range = {
    first: FIRST_BATCH,
    last: LAST_BATCH,
    firstYear: FIRST_DESIGNATION_YEAR,
    lastYear: LAST_DESIGNATION_YEAR,
  };
  const batch = optional(data.get("batch"), isBatch);
  if (batch === null) return { status: "error", field: "batch", message: t("errors.batch", range) };
  const year = optional(data.get("year"), isDesignationYear);
  if (year === null) return { status: "error", field: "year", message: t("errors.year", range) };
  try {
    const db = await getPrisma();
    const locale = await getLocale();
    const summary = await importEnterprises(db, {
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      batch,
      year,
      importedBy: session.email,
      locale,
    });
    await recordAudit(
      db,
      { userId: session.userId, email: session.email },
      {
        action: "enterprises.import",
        targetType: "import",
        after: {
          fileName: file.name,
          batch: batch ?? null,
          year: year ?? null,
          imported: summary.imported,
          updated: summary.updated,
          refused: summary.errors.length,
        },
      },
    );
    revalidatePath("/admin/imports");
    return { status: "done", fileName: file.name, ...summary, at: Date.now() };
  } catch (error) {
    unstable_rethrow(error);
    return {
      status: "error",
      field: "file",
      message: t("errors.generic", { id: logError(error, { action: "importEnterprises" }) }),
    };
  }
}
