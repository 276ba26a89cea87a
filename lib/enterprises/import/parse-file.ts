import type { Locale } from "@/lib/i18n/locales";
// A list file → the firms it names, or every problem with it. Pure: no database. Line 0 in an
// error means the file as a whole. Rows are read as a stream and the limits (limits.ts) checked
// as they come: reading stops at the first one crossed.
import type { EnterpriseInput, ImportError } from "../types";
import { detectFileKind } from "./decode";
import { ErrorList } from "./error-list";
import { isHeaderRow, mapHeaders } from "./headers";
import { IMPORT_LIMITS, type ImportLimits } from "./limits";
import { importMessage } from "./messages";
import { FileProblem, readCsv, readXlsx, type Table, type TableRow } from "./read-table";
import { validateRow, type RowContext } from "./validate-row";

export type ParseOptions = {
  fileName: string;
  bytes: Uint8Array;
  batch?: number;
  year?: number;
  locale?: Locale;
  /** Where the file came from (default: the upload form), for where a missing batch is to be given. */
  from?: "form" | "cli";
  /** Lower limits for tests; the defaults are IMPORT_LIMITS. */
  limits?: Partial<ImportLimits>;
};

export type ParsedFile = {
  rows: { line: number; value: EnterpriseInput }[];
  /** The first `limits.storedErrors` problems. */
  errors: ImportError[];
  /** Every problem, those not kept included. */
  errorCount: number;
  rowCount: number;
};

// Official lists put a title, a date or a note above the header; look a little way down for it.
const HEADER_SEARCH_ROWS = 20;

async function* tablesOf(options: ParseOptions, limits: ImportLimits): AsyncGenerator<Table> {
  const kind = detectFileKind(options.fileName, options.bytes);
  if (kind === "xls") throw new FileProblem("xls");
  if (kind === "xlsx") yield* readXlsx(options.bytes, limits.xlsxUncompressedBytes);
  else yield* readCsv(options.bytes);
}

/** Every row of every table, counted against the row limit across tables. */
async function* counted(tables: AsyncIterable<Table>, limit: number): AsyncGenerator<{ table: number; row: TableRow }> {
  let count = 0;
  let table = 0;
  for await (const rows of tables) {
    for await (const row of rows) {
      if (++count > limit) throw new FileProblem("too_many_rows", { limit: limit.toLocaleString("en") });
      yield { table, row };
    }
    table++;
  }
}

export async function parseEnterpriseFile(options: ParseOptions): Promise<ParsedFile> {
  const locale = options.locale ?? "zh-CN";
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  const fail = (code: string, params: Record<string, string | number> = {}): ParsedFile => ({
    rows: [],
    rowCount: 0,
    errors: [{ line: 0, message: importMessage(code, locale, params) }],
    errorCount: 1,
  });
  if (options.bytes.byteLength === 0) return fail("empty_file");

  const rows: ParsedFile["rows"] = [];
  const errors = new ErrorList(limits.storedErrors);
  const seen = new Map<string, number>();
  let rowCount = 0;
  // The header: the first row within HEADER_SEARCH_ROWS of a table's top that names the columns.
  let located: { table: number; ctx: RowContext } | null = null;
  let searched = { table: -1, rows: 0 };
  try {
    for await (const { table, row } of counted(tablesOf(options, limits), limits.rows)) {
      if (located === null) {
        if (searched.table !== table) searched = { table, rows: 0 };
        if (searched.rows++ >= HEADER_SEARCH_ROWS) continue; // the rest of a table without one
        const headers = mapHeaders(row.cells);
        if (!isHeaderRow(headers)) continue;
        const { batch, year } = options;
        const from = options.from ?? "form";
        located = { table, ctx: { headers, headerCells: row.cells, batch, year, locale, from } };
        if (headers.batch === undefined && options.batch === undefined)
          return fail(from === "cli" ? "batch_missing_cli" : "batch_missing");
        continue;
      }
      if (table !== located.table) break; // only the table with the header is a list
      const result = validateRow(row.cells, located.ctx);
      if (result.ok === "skip") continue;
      rowCount++;
      if (result.ok === false) {
        errors.add({ line: row.line, message: result.reasons.join(locale === "en" ? "; " : "；") });
        continue;
      }
      const keys = [
        `n:${result.value.nameKey}|${result.value.provinceCode}`,
        ...(result.value.uscc ? [`u:${result.value.uscc}`] : []),
      ];
      const earlier = keys.map((k) => seen.get(k)).find((l) => l !== undefined);
      if (earlier !== undefined) {
        errors.add({ line: row.line, message: importMessage("duplicate", locale, { line: earlier }) });
        continue;
      }
      for (const k of keys) seen.set(k, row.line);
      rows.push({ line: row.line, value: result.value });
    }
  } catch (error) {
    if (error instanceof FileProblem) return fail(error.code, error.params);
    return fail("unreadable", { detail: error instanceof Error ? error.message : String(error) });
  }
  if (located === null) return fail("no_header");
  if (rowCount === 0) return fail("no_rows");
  return { rows, errors: errors.items, errorCount: errors.count, rowCount };
}
