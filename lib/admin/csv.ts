// CSV as Excel and WPS open it correctly: UTF-8 with a byte-order mark (else Chinese is garbled),
// RFC 4180 quoting, CRLF line ends. A cell that a spreadsheet would read as a formula (= + - @,
// or a leading tab or carriage return) gets a leading apostrophe: OWASP's CSV-injection advice.

export const BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly (string | number | null | undefined)[]) =>
  `${cells.map(csvCell).join(",")}\r\n`;
