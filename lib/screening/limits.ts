// What one screening may cost. A 梯度培育库 holds hundreds to a few thousand firms; 10,000 rows is
// well above that and is what the benchmark screens within 10 s (npm run -s bench:screening).
import { MAX_UPLOAD_BYTES, MAX_XLSX_UNCOMPRESSED_BYTES } from "@/lib/enterprises/import/limits";

/** Data rows of one file (the header and blank rows aside). */
export const MAX_SCREENING_ROWS = 10_000;

/** The largest upload: the same 20 MB as an enterprise list. */
export const MAX_SCREENING_UPLOAD_BYTES = MAX_UPLOAD_BYTES;

/** What an XLSX's zip entries may expand to, together (checked before exceljs reads it). */
export const MAX_SCREENING_XLSX_BYTES = MAX_XLSX_UNCOMPRESSED_BYTES;

/** Issues kept per row: a row of a hundred bad cells names the first twenty. */
export const MAX_ROW_ISSUES = 20;
