import { detectFileKind } from "@/lib/enterprises/import/decode";
import { FileProblem, readCsv, readXlsx, type Table } from "@/lib/enterprises/import/read-table";
import { isHeader, mapHeader, type HeaderMap } from "./columns";
import { MAX_SCREENING_ROWS, MAX_SCREENING_XLSX_BYTES } from "./limits";

// A screening file (CSV in UTF-8, GB18030 or UTF-16, or XLSX) → its header, then its data rows,
// streamed: the readers of the enterprise import (strict decoding, the zip checked before exceljs
// reads it). The header is the first row within HEADER_SEARCH_ROWS of a sheet's top that names
// at least two answers of the catalogue; only that sheet is read. Problems with the file as a
// whole are thrown as FileProblem (codes in the screening catalogue's `file` messages).

export type ReadLimits = { rows: number; xlsxBytes: number };

export type FileEvent =
  { kind: "header"; headings: string[]; map: HeaderMap } | { kind: "row"; row: number; line: number; cells: string[] };

const HEADER_SEARCH_ROWS = 20;

function tables(fileName: string, bytes: Uint8Array, limits: ReadLimits): AsyncIterable<Table> | Table[] {
  const kind = detectFileKind(fileName, bytes);
  if (kind === "xls") throw new FileProblem("xls");
  return kind === "xlsx" ? readXlsx(bytes, limits.xlsxBytes) : readCsv(bytes);
}

async function* rowsOf(
  fileName: string,
  bytes: Uint8Array,
  limits: ReadLimits = { rows: MAX_SCREENING_ROWS, xlsxBytes: MAX_SCREENING_XLSX_BYTES },
): AsyncGenerator<FileEvent> {
  if (bytes.byteLength === 0) throw new FileProblem("empty_file");
  let found = false;
  let row = 0;
  for await (const table of tables(fileName, bytes, limits)) {
    let searched = 0;
    for await (const { line, cells } of table) {
      if (!found) {
        if (searched++ >= HEADER_SEARCH_ROWS) continue; // the rest of a sheet without one
        const map = mapHeader(cells);
        if (!isHeader(map)) continue;
        found = true;
        yield { kind: "header", headings: cells.map((c) => c.trim()), map };
        continue;
      }
      if (cells.every((c) => c.trim() === "")) continue;
      if (++row > limits.rows) throw new FileProblem("too_many_rows", { limit: limits.rows.toLocaleString("en") });
      yield { kind: "row", row, line, cells };
    }
    if (found) break;
  }
  if (!found) throw new FileProblem("no_header");
  if (row === 0) throw new FileProblem("no_rows");
}

/** The file's events; a reader's own failure (a workbook exceljs cannot parse) is a FileProblem too. */
export async function* readScreeningFile(
  fileName: string,
  bytes: Uint8Array,
  limits?: ReadLimits,
): AsyncGenerator<FileEvent> {
  try {
    yield* rowsOf(fileName, bytes, limits);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem("unreadable", { detail: error instanceof Error ? error.message : String(error) });
  }
}
