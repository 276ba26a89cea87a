"use server";
// The imports page's server action: admins only (checked here as well as on the page).
import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { requireAdminAction } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
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

function optionalInt(value: FormDataEntryValue | null, min: number, max: number): number | undefined | null {
  const text = String(value ?? "").trim();
  if (text === "") return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

export async function importEnterprisesAction(_: ImportFormState, data: FormData): Promise<ImportFormState> {
  const session = await requireAdminAction("admin");
  const t = await getTranslations("admin.imports");
  const file = data.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", field: "file", message: t("errors.file") };
  if (file.size > MAX_BYTES) return { status: "error", field: "file", message: t("errors.tooLarge") };
  const batch = optionalInt(data.get("batch"), 1, 99);
  if (batch === null) return { status: "error", field: "batch", message: t("errors.batch") };
  const year = optionalInt(data.get("year"), 2018, 2100);
  if (year === null) return { status: "error", field: "year", message: t("errors.year") };
  try {
    const db = await getPrisma();
    const locale = (await getLocale()) === "en" ? "en" : "zh-CN";
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
    return {
      status: "error",
      field: "file",
      message: t("errors.generic", { id: logError(error, { action: "importEnterprises" }) }),
    };
  }
}
