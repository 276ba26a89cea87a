import type { Locale, RulesetId } from "@/lib/criteria";
import { FileProblem } from "@/lib/enterprises/import/read-table";
import { readScreeningFile, type ReadLimits } from "./read-rows";
import { rowFacts, type Columns, type RowIssue } from "./row-facts";
import { rowResult, type RowResult } from "./row-result";
import { screeningText } from "./words";

// A file screened row by row, each firm on its own: a row with an invalid value is reported with
// its row number, column and message, and the other rows are still evaluated. Pure (no database):
// the command line, the upload and the benchmark all run this.

export type ScreenedRow = {
  /** 1 for the first data row. */
  row: number;
  /** The line (CSV) or row number (XLSX) a person sees in the file. */
  line: number;
  name: string | null;
  cells: string[];
  facts: Record<string, unknown> | null;
  issues: RowIssue[];
  result: RowResult | null;
};

export type ScreeningStart = {
  headings: string[];
  columns: Columns;
  /** Notes on the header: columns not recognised, answers named twice. */
  notes: string[];
};

export type ScreenOptions = {
  fileName: string;
  bytes: Uint8Array;
  ruleset?: RulesetId;
  locale: Locale;
  today: string;
  limits?: ReadLimits;
};

/** A file-level problem in the reader's language. */
export const fileProblemMessage = (problem: FileProblem, locale: Locale) =>
  screeningText(locale, `file.${problem.code}`, problem.params);

/**
 * The header, then every data row screened, as they are read. Throws FileProblem when the file as
 * a whole cannot be read (rows already yielded stand; a caller storing them discards them).
 */
export async function* screenFile(options: ScreenOptions): AsyncGenerator<ScreeningStart | ScreenedRow> {
  const { locale } = options;
  let columns: Columns = [];
  let nameColumn = -1;
  for await (const event of readScreeningFile(options.fileName, options.bytes, options.limits)) {
    if (event.kind === "header") {
      columns = event.map.columns.map((leaf, i) => ({ leaf, heading: event.headings[i] ?? "" }));
      nameColumn = columns.findIndex((c) => c.leaf?.path === "company.name");
      const notes = [
        ...(event.map.unknown.length
          ? [screeningText(locale, "notes.unknown", { columns: event.map.unknown.join(locale === "en" ? ", " : "、") })]
          : []),
        ...(event.map.duplicate.length
          ? [
              screeningText(locale, "notes.duplicate", {
                columns: event.map.duplicate.join(locale === "en" ? ", " : "、"),
              }),
            ]
          : []),
        ...(nameColumn < 0 ? [screeningText(locale, "notes.noName")] : []),
      ];
      yield { headings: event.headings, columns, notes };
      continue;
    }
    const name = nameColumn >= 0 ? event.cells[nameColumn]?.trim() || null : null;
    const parsed = rowFacts(event.cells, columns, locale);
    yield {
      row: event.row,
      line: event.line,
      name,
      cells: event.cells,
      facts: parsed.ok ? (parsed.facts as Record<string, unknown>) : null,
      issues: parsed.ok ? [] : parsed.issues,
      result: parsed.ok ? rowResult(parsed.facts, options.ruleset, options.today) : null,
    };
  }
}

export const isStart = (x: ScreeningStart | ScreenedRow): x is ScreeningStart => "headings" in x;
