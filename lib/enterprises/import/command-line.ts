// The arguments of `npm run enterprises:import` (scripts/enterprises-import.ts), apart from the
// script so that they can be tested: batch and year go through the same check as the upload's.
import { parseArgs } from "node:util";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { checkBatchYear, type BatchYearProblem } from "../batches";
import { batchYearMessage } from "./messages";

export type ImportArgs = { batch?: number; year?: number; by?: string; lang: Locale; file: string; help: boolean };

export function parseImportArgs(argv: string[]): { ok: true; args: ImportArgs } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        batch: { type: "string" },
        year: { type: "string" },
        by: { type: "string" },
        lang: { type: "string", default: "zh-CN" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, args: { lang: "zh-CN", file: "", help: true } };
  const lang = values.lang;
  if (!isLocale(lang)) return { ok: false, message: "--lang must be zh-CN or en" };
  const refused = (problem: BatchYearProblem) => ({
    ok: false as const,
    message: `--${problem.field}: ${batchYearMessage(problem, lang)}`,
  });
  // An option given empty (--batch "") is a mistake on a command line, not "the file says".
  if (values.batch?.trim() === "") return refused({ field: "batch", code: "batch", value: values.batch });
  if (values.year?.trim() === "") return refused({ field: "year", code: "year", value: values.year });
  const checked = checkBatchYear({ batch: values.batch, year: values.year });
  if (!checked.ok) return refused(checked.problem);
  if (positionals.length !== 1) return { ok: false, message: `expected one FILE, got ${positionals.length}` };
  return {
    ok: true,
    args: { batch: checked.batch, year: checked.year, by: values.by, lang, file: positionals[0]!, help: false },
  };
}
