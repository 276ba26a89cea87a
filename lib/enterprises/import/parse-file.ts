import type { Locale } from "@/lib/i18n/locales";
// A list file → the firms it names, or every problem with it. Pure: no database. Line 0 in an
// error means the file as a whole.
import type { EnterpriseInput, ImportError } from "../types";
import { detectFileKind } from "./decode";
import { isHeaderRow, mapHeaders, type HeaderMap } from "./headers";
import { importMessage } from "./messages";
import { readCsv, readXlsx, type TableRow } from "./read-table";
import { validateRow } from "./validate-row";

export type ParseOptions = {
  fileName: string;
  bytes: Uint8Array;
  batch?: number;
  year?: number;
  locale?: Locale;
};

export type ParsedFile = { rows: { line: number; value: EnterpriseInput }[]; errors: ImportError[]; rowCount: number };

// Official lists put a title, a date or a note above the header; look a little way down for it.
const HEADER_SEARCH_ROWS = 20;

type Located = { table: TableRow[]; index: number; headers: HeaderMap };

function locateHeader(tables: TableRow[][]): Located | null {
  for (const table of tables) {
    for (let index = 0; index < Math.min(table.length, HEADER_SEARCH_ROWS); index++) {
      const headers = mapHeaders(table[index]!.cells);
      if (isHeaderRow(headers)) return { table, index, headers };
    }
  }
  return null;
}

class FileProblem extends Error {
  constructor(
    readonly code: string,
    readonly detail = "",
  ) {
    super(code);
  }
}

async function readTables(options: ParseOptions): Promise<TableRow[][]> {
  const kind = detectFileKind(options.fileName, options.bytes);
  if (kind === "xls") throw new FileProblem("xls");
  return kind === "xlsx" ? readXlsx(options.bytes) : [readCsv(options.bytes)];
}

export async function parseEnterpriseFile(options: ParseOptions): Promise<ParsedFile> {
  const locale = options.locale ?? "zh-CN";
  const fail = (code: string, detail = ""): ParsedFile => ({
    rows: [],
    rowCount: 0,
    errors: [{ line: 0, message: importMessage(code, locale, { detail }) }],
  });
  if (options.bytes.byteLength === 0) return fail("empty_file");
  let tables: TableRow[][];
  try {
    tables = await readTables(options);
  } catch (error) {
    return error instanceof FileProblem
      ? fail(error.code)
      : fail("unreadable", error instanceof Error ? error.message : String(error));
  }
  const located = locateHeader(tables);
  if (located === null) return fail("no_header");
  const { table, index, headers } = located;
  if (headers.batch === undefined && options.batch === undefined) return fail("batch_missing");

  const ctx = { headers, headerCells: table[index]!.cells, batch: options.batch, year: options.year, locale };
  const rows: ParsedFile["rows"] = [];
  const errors: ImportError[] = [];
  const seen = new Map<string, number>();
  let rowCount = 0;
  for (const { line, cells } of table.slice(index + 1)) {
    const result = validateRow(cells, ctx);
    if (result.ok === "skip") continue;
    rowCount++;
    if (result.ok === false) {
      errors.push({ line, message: result.reasons.join(locale === "en" ? "; " : "；") });
      continue;
    }
    const keys = [
      `n:${result.value.nameKey}|${result.value.provinceCode}`,
      ...(result.value.uscc ? [`u:${result.value.uscc}`] : []),
    ];
    const earlier = keys.map((k) => seen.get(k)).find((l) => l !== undefined);
    if (earlier !== undefined) {
      errors.push({ line, message: importMessage("duplicate", locale, { line: earlier }) });
      continue;
    }
    for (const k of keys) seen.set(k, line);
    rows.push({ line, value: result.value });
  }
  if (rowCount === 0) return fail("no_rows");
  return { rows, errors, rowCount };
}
