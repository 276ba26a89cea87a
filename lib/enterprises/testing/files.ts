// Builds list files the way offices save them, for the import tests.
import { encodeGb18030 } from "./encode-gb18030";

export type Table = readonly (readonly (string | number)[])[];

const quote = (cell: string | number) =>
  /[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell);

export const csvText = (rows: Table, delimiter = ",") =>
  rows.map((r) => r.map(quote).join(delimiter)).join("\r\n") + "\r\n";

export const utf8 = (text: string, bom = false) => new TextEncoder().encode(bom ? `\uFEFF${text}` : text);

export const gbk = (text: string) => encodeGb18030(text);

export function utf16le(text: string): Uint8Array {
  const body = Buffer.from(text, "utf16le");
  return new Uint8Array([0xff, 0xfe, ...body]);
}

export async function xlsx(rows: Table, title?: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名单");
  if (title) {
    sheet.addRow([title]);
    sheet.mergeCells(1, 1, 1, Math.max(1, rows[0]?.length ?? 1));
  }
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
