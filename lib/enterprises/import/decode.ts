// Official lists arrive as XLSX, or as CSV saved by whatever tool the office had: UTF-8 (with or
// without BOM), UTF-16 ("Unicode text" from Excel), or GBK/GB18030 from Chinese Windows.

export type FileKind = "xlsx" | "xls" | "csv";

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** By the bytes first (a renamed file still opens), then by the name. */
export function detectFileKind(fileName: string, bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "xlsx";
  // OLE2 compound file: the old binary .xls, which exceljs cannot read.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "xls";
  const ext = fileName.toLowerCase().split(".").pop();
  return ext === "xlsx" ? "xlsx" : ext === "xls" ? "xls" : "csv";
}

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    // Not valid UTF-8: GB18030 is a superset of GBK and GB2312, so it reads all three.
    return "gb18030";
  }
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  // TextDecoder drops a leading BOM by default (ignoreBOM: false).
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.replace(/^\uFEFF/, ""), encoding };
}
