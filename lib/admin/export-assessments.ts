import "server-only";
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/locales";
import type { AssessmentFilters } from "./assessment-filters";
import { cursorOf, fetchRows, withReviews, type Cursor, type ListRow, type RawDb } from "./assessment-query";
import { BOM, csvLine } from "./csv";
import { exportWords, SUBMITTED_AT_COLUMN } from "./export-columns";

export type ExportFormat = "csv" | "xlsx";
export const EXPORT_BATCH = 1000;

/**
 * Every matching row, a batch at a time by keyset: memory holds one batch, whatever the total.
 * `first` is the first batch when it was read already (before the answer's status was sent).
 */
async function* batches(
  db: RawDb,
  filters: AssessmentFilters,
  size: number,
  first?: ListRow[],
): AsyncGenerator<ListRow[]> {
  let cursor: Cursor | undefined;
  let prefetched = first;
  for (;;) {
    const rows = prefetched ?? (await fetchRows(db, filters, cursor, size, { withAnswers: true }));
    prefetched = undefined;
    if (rows.length > 0) yield await withReviews(db, rows);
    if (rows.length < size) return;
    cursor = cursorOf(rows.at(-1)!, filters.sort);
  }
}

/** CSV, pulled by the client: the next batch is read only when the previous one was sent. */
function csvStream(source: AsyncGenerator<ListRow[]>, locale: Locale): ReadableStream<Uint8Array> {
  const words = exportWords(locale);
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + csvLine(words.header)));
        return;
      }
      const next = await source.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((r) => csvLine(words.row(r))).join("")));
    },
    async cancel() {
      await source.return(undefined);
    },
  });
}

// XML 1.0 holds no other control characters, no U+FFFE/U+FFFF and no half of a surrogate pair: one
// in a cell makes the whole workbook unreadable. Input refuses them (lib/criteria/text.ts); text
// stored before that rule, or by other means, is written with U+FFFD in their place.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlCell = (value: string | number | null) =>
  typeof value === "string" ? value.replace(NOT_XML, "\uFFFD") : value;

/** How wide a header reads: a Chinese character takes two of Excel's width units. */
const textWidth = (text: string) => [...text].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

/**
 * A time as Beijing's clock shows it, for a spreadsheet cell: spreadsheets hold dates without a
 * zone, and the offices read Beijing time (the CSV's text says the same).
 */
const beijingCellDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000);

/**
 * XLSX through exceljs's streaming writer: rows are committed (written out) batch by batch. The
 * header is frozen and carries a filter, columns are as wide as their headers (within bounds), and
 * the submission time is a real date a spreadsheet sorts and filters as one. Without per-cell
 * styles (they tripled the time of a large export): a date cell gets the spreadsheet's own short
 * date format, the time of day kept in its value.
 */
function xlsxStream(source: AsyncGenerator<ListRow[]>, locale: Locale): ReadableStream<Uint8Array> {
  const words = exportWords(locale);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(words.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = words.header.map((h) => ({ width: Math.min(40, Math.max(10, textWidth(h) + 2)) }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: words.header.length } };
  void (async () => {
    sheet.addRow(words.header).commit();
    for await (const rows of source) {
      if (out.destroyed) return; // the client went away
      for (const r of rows) {
        const cells: (string | number | Date | null)[] = words.row(r).map(xmlCell);
        cells[SUBMITTED_AT_COLUMN] = beijingCellDate(r.submittedAt);
        sheet.addRow(cells).commit();
      }
      if (out.writableNeedDrain) await once(out, "drain");
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

export function exportAssessments(
  db: RawDb,
  filters: AssessmentFilters,
  format: ExportFormat,
  locale: Locale,
  size = EXPORT_BATCH,
  first?: ListRow[],
): ReadableStream<Uint8Array> {
  const source = batches(db, filters, size, first);
  return format === "csv" ? csvStream(source, locale) : xlsxStream(source, locale);
}

/**
 * The export, its first batch read before anything is sent: a query that fails does so while the
 * answer can still be an error, never as a download that stops after its first bytes.
 */
export async function openExport(
  db: RawDb,
  filters: AssessmentFilters,
  format: ExportFormat,
  locale: Locale,
  size = EXPORT_BATCH,
): Promise<ReadableStream<Uint8Array>> {
  const first = await fetchRows(db, filters, undefined, size, { withAnswers: true });
  return exportAssessments(db, filters, format, locale, size, first);
}
