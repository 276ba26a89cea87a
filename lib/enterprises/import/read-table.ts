// Turns a file into rows of cell texts, each with the line (CSV) or row number (XLSX) a person
// sees when they open the file, so every error can point at it.
import { parse } from "csv-parse/sync";
import { decodeText } from "./decode";

export type TableRow = { line: number; cells: string[] };

/** Tab-separated when the first line has more tabs than commas ("Unicode text" from Excel). */
function guessDelimiter(text: string): string {
  const first = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  const count = (c: string) => first.split(c).length - 1;
  return count("\t") > count(",") ? "\t" : count(";") > count(",") ? ";" : ",";
}

export function readCsv(bytes: Uint8Array): TableRow[] {
  const { text } = decodeText(bytes);
  const records = parse(text, {
    delimiter: guessDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map(({ record, info }) => ({ line: info.lines, cells: record.map((c) => c ?? "") }));
}

type CellValue = unknown;

/** exceljs gives numbers, dates, rich text, formulas and hyperlinks; we want what is shown. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  const v = value as { richText?: { text: string }[]; result?: CellValue; text?: string; error?: string };
  if (v.richText) return v.richText.map((r) => r.text).join("");
  if ("result" in v) return cellText(v.result);
  if (typeof v.text === "string") return v.text;
  return "";
}

export async function readXlsx(bytes: Uint8Array): Promise<TableRow[][]> {
  // Loaded on demand: only imports need it, and it is large.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own global `Buffer extends ArrayBuffer`, which Node's Buffer type no longer
  // satisfies; the value is a real Node Buffer, which is what it reads.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values : [];
      // row.values is 1-based: index 0 is always empty.
      const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
      rows.push({ line: rowNumber, cells });
    });
    return rows;
  });
}
