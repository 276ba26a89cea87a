// What one import may cost. The official lists have a few thousand firms per batch; these bounds
// are far above that and keep a hostile or mistaken file from taking the server's memory. Every
// bound is checked while the file is read, and reading stops at the first one crossed.

/** The largest upload, in bytes (the CLI reads files of any size but applies the other limits). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Rows read from a file (all sheets of an XLSX together), blank rows aside. */
export const MAX_ROWS = 50_000;

/** What an XLSX's zip entries may expand to, together: declared, and counted while inflating. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

/** Errors kept (in the answer and in the import record); the rest are only counted. */
export const MAX_STORED_ERRORS = 1_000;

export type ImportLimits = { rows: number; xlsxUncompressedBytes: number; storedErrors: number };

export const IMPORT_LIMITS: ImportLimits = {
  rows: MAX_ROWS,
  xlsxUncompressedBytes: MAX_XLSX_UNCOMPRESSED_BYTES,
  storedErrors: MAX_STORED_ERRORS,
};
