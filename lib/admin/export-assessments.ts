import "server-only";
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/locales";
import type { AssessmentFilters } from "./assessment-filters";
import { cursorOf, fetchRows, type Cursor, type ListRow, type RawDb } from "./assessment-query";
import { BOM, csvLine } from "./csv";
import { exportWords } from "./export-columns";

export type ExportFormat = "csv" | "xlsx";
export const EXPORT_BATCH = 1000;

/** Every matching row, a batch at a time by keyset: memory holds one batch, whatever the total. */
async function* batches(db: RawDb, filters: AssessmentFilters, size: number): AsyncGenerator<ListRow[]> {
  let cursor: Cursor | undefined;
  for (;;) {
    const rows = await fetchRows(db, filters, cursor, size, { withAnswers: true });
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    cursor = cursorOf(rows.at(-1)!, filters.sort);
  }
}

/** CSV, pulled by the client: the next batch is read only when the previous one was sent. */
function csvStream(db: RawDb, filters: AssessmentFilters, locale: Locale, size: number): ReadableStream<Uint8Array> {
  const words = exportWords(locale);
  const encoder = new TextEncoder();
  const source = batches(db, filters, size);
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

/** XLSX through exceljs's streaming writer: rows are committed (written out) batch by batch. */
function xlsxStream(db: RawDb, filters: AssessmentFilters, locale: Locale, size: number): ReadableStream<Uint8Array> {
  const words = exportWords(locale);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(words.sheet);
  void (async () => {
    sheet.addRow(words.header).commit();
    for await (const rows of batches(db, filters, size)) {
      if (out.destroyed) return; // the client went away
      for (const r of rows) sheet.addRow(words.row(r)).commit();
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
): ReadableStream<Uint8Array> {
  return format === "csv" ? csvStream(db, filters, locale, size) : xlsxStream(db, filters, locale, size);
}
