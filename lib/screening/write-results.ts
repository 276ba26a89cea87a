import { once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { BOM, csvLine } from "@/lib/admin/csv";
import type { Locale } from "@/lib/criteria";
import type { ResultRow, ResultWords } from "./result-columns";
import { screeningText } from "./words";

// A screening's results as CSV (UTF-8 with BOM, formula-safe: lib/admin/csv.ts) or XLSX (exceljs's
// streaming writer: a summary sheet with the input columns kept, then a sheet of the unmet
// criteria per firm with their gaps). Rows are taken one at a time from any source.

/** CSV text, a chunk per row. */
export async function* resultsCsv(rows: AsyncIterable<ResultRow>, words: ResultWords): AsyncGenerator<string> {
  yield BOM + csvLine(words.header);
  for await (const r of rows) yield csvLine(words.row(r).cells);
}

// XML 1.0 cannot hold these; one in a cell makes the whole workbook unreadable.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xml = (v: string | number) => (typeof v === "string" ? v.replace(NOT_XML, "\uFFFD") : v);

export async function resultsXlsx(
  rows: AsyncIterable<ResultRow>,
  words: ResultWords,
  locale: Locale,
  out: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const summary = workbook.addWorksheet(screeningText(locale, "export.sheetSummary"));
  summary.addRow(words.header).commit();
  // The second sheet is written after the first is complete: its lines (a few short texts a
  // firm) are all that is kept meanwhile.
  const unmet: (string | number)[][] = [];
  for await (const r of rows) {
    if (out.destroyed) return;
    const { cells, explained } = words.row(r);
    summary.addRow(cells.map(xml)).commit();
    for (const u of explained?.unmet ?? [])
      unmet.push([r.row, r.name ?? "", u.tierTitle, u.criterion, u.gaps.join(locale === "en" ? "; " : "；")]);
    if (out.writableNeedDrain) await once(out, "drain");
  }
  summary.commit();
  const sheet = workbook.addWorksheet(screeningText(locale, "export.sheetUnmet"));
  const t = (key: string) => screeningText(locale, `export.${key}`);
  sheet.addRow([t("row"), t("name"), t("tier"), t("criterion"), t("gap")]).commit();
  for (const line of unmet) sheet.addRow(line.map(xml)).commit();
  sheet.commit();
  await workbook.commit();
}
