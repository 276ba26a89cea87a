// Turns a file into rows of cell texts, each with the line (CSV) or row number (XLSX) a person
// sees when they open the file, so every error can point at it. Rows are streamed: the caller
// stops reading whenever it has seen enough (or too much), so memory stays bounded by the limits.
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { decodeText } from "./decode";
import { checkZip } from "./zip-check";

export type TableRow = { line: number; cells: string[] };

/** One sheet of a workbook, or the one table of a CSV. */
export type Table = AsyncIterable<TableRow>;

/** A problem with the file as a whole, by its stable code (see messages.ts). */
export class FileProblem extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

/** Tab-separated when the first line has more tabs than commas ("Unicode text" from Excel). */
function guessDelimiter(text: string): string {
  const first = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  const count = (c: string) => first.split(c).length - 1;
  return count("\t") > count(",") ? "\t" : count(";") > count(",") ? ";" : ",";
}

const TEXT_CHUNK = 64 * 1024;

function* slices(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += TEXT_CHUNK) yield text.slice(at, at + TEXT_CHUNK);
}

export function readCsv(bytes: Uint8Array): Table[] {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new FileProblem(decoded.code, { line: decoded.line });
  const { text } = decoded;
  async function* rows(): AsyncGenerator<TableRow> {
    // Fed in slices, so the parser makes records only as fast as they are taken.
    const parser = Readable.from(slices(text)).pipe(
      parse({
        delimiter: guessDelimiter(text),
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        info: true,
      }),
    );
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
        yield { line: info.lines, cells: record.map((c) => c ?? "") };
    } finally {
      parser.destroy();
    }
  }
  return [rows()];
}

type CellValue = unknown;

/** Whether a number format shows a percentage ("0%", "0.00%"), a quoted or escaped % aside. */
const showsPercent = (numFmt: string | undefined) => Boolean(numFmt && /%/.test(numFmt.replace(/"[^"]*"|\\./g, "")));

/**
 * exceljs gives numbers, dates, rich text, formulas and hyperlinks; we want what is shown. A
 * number formatted as a percentage is stored as its fraction (0.15 shows as 15%): read as shown.
 */
function cellText(value: CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number" && showsPercent(numFmt)) return `${Number((value * 100).toPrecision(12))}%`;
  if (typeof value !== "object") return String(value);
  const v = value as { richText?: { text: string }[]; result?: CellValue; text?: string; error?: string };
  if (v.richText) return v.richText.map((r) => r.text).join("");
  if ("result" in v) return cellText(v.result, numFmt);
  if (typeof v.text === "string") return v.text;
  return "";
}

/** The sheets of a workbook, streamed by exceljs once the zip has been checked (zip-check.ts). */
export async function* readXlsx(bytes: Uint8Array, maxUncompressedBytes: number): AsyncGenerator<Table> {
  const problem = await checkZip(bytes, maxUncompressedBytes);
  if (problem) throw new FileProblem(problem.code, { limit: Math.round(maxUncompressedBytes / 1024 / 1024) });
  // Loaded on demand: only imports need it, and it is large.
  const { default: ExcelJS } = await import("exceljs");
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  // Styles are kept so that date-formatted cells read as dates, as the full reader did.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  for await (const sheet of workbook) {
    yield (async function* () {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values : [];
        // row.values is 1-based: index 0 is always empty.
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) =>
          cellText(values[i + 1], row.getCell(i + 1).numFmt),
        );
        if (cells.some((c) => c !== "")) yield { line: row.number, cells };
      }
    })();
  }
}
