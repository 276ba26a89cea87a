// The admin upload's form fields and refusals, apart from the route (lib/admin/actions/import-actions.ts)
// so that they can be tested without Next. Batch and year go through batches.ts checkBatchYear,
// the one check of the command line, the rows of a list and the designation form.
import type { Locale } from "@/lib/i18n/locales";
import { checkBatchYear, type BatchYearProblem } from "../batches";
import { batchYearMessage } from "./messages";

/** Why an upload was refused before any import, as the imports page's URL carries it back. */
export type UploadRefusal =
  | { code: "file" | "too_large" }
  | { code: "batch_year"; batch: string; year: string }
  | { code: "generic"; id: string };

export type UploadFields = { ok: true; batch?: number; year?: number } | { ok: false; refusal: UploadRefusal };

/** The batch and year fields: blank (the file says), or as checkBatchYear allows. */
export function uploadFields(data: FormData): UploadFields {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === "string" ? value : "";
  };
  const batch = text("batch");
  const year = text("year");
  const checked = checkBatchYear({ batch, year });
  if (!checked.ok) return { ok: false, refusal: { code: "batch_year", batch, year } };
  return { ok: true, batch: checked.batch, year: checked.year };
}

/** The field a refusal is about and its message in the reader's language (never empty). */
export function refusalMessage(
  refusal: UploadRefusal,
  t: (key: "errors.file" | "errors.tooLarge" | "errors.generic", values?: { id: string }) => string,
  locale: Locale,
): { field: "file" | "batch" | "year"; message: string } {
  switch (refusal.code) {
    case "file":
      return { field: "file", message: t("errors.file") };
    case "too_large":
      return { field: "file", message: t("errors.tooLarge") };
    case "generic":
      return { field: "file", message: t("errors.generic", { id: refusal.id }) };
    case "batch_year": {
      // Checked again to say why; values that pass (a hand-made URL) get the batch's message.
      const checked = checkBatchYear(refusal);
      const problem: BatchYearProblem = checked.ok
        ? { field: "batch", code: "batch", value: refusal.batch }
        : checked.problem;
      return { field: problem.field, message: batchYearMessage(problem, locale) };
    }
  }
}

/** The imports page's query → the refusal it names, if any (nothing in it is shown as given). */
export function refusalFromQuery(query: Record<string, string | string[] | undefined>): UploadRefusal | null {
  const one = (key: string) => {
    const value = query[key];
    return typeof value === "string" ? value.slice(0, 20) : "";
  };
  const code = one("error");
  if (code === "file" || code === "too_large") return { code };
  if (code === "batch_year") return { code, batch: one("batch"), year: one("year") };
  if (code === "generic" && /^[A-Za-z0-9-]{1,40}$/.test(one("id"))) return { code, id: one("id") };
  return null;
}

export function refusalQuery(refusal: UploadRefusal): string {
  const { code, ...rest } = refusal;
  return new URLSearchParams({ error: code, ...rest }).toString();
}
