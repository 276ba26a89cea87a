// Official lists arrive as XLSX, or as CSV saved by whatever tool the office had: UTF-8 (with or
// without BOM), UTF-16 ("Unicode text" from Excel), or GBK/GB18030 from Chinese Windows. Text is
// decoded strictly: a file is one encoding throughout, and a line that is not is refused by its
// number instead of being imported garbled.

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

export type Decoded =
  | { ok: true; text: string; encoding: TextEncoding }
  /** `mixed`: lines in UTF-8 and lines in GBK; `invalid`: the line is valid in neither. */
  | { ok: false; code: "encoding_mixed" | "encoding_invalid"; line: number };

const strict = (encoding: TextEncoding, bytes: Uint8Array): string | null => {
  try {
    // ignoreBOM: false (the default) drops a leading BOM of the encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** The lines of a UTF-8 or GB18030 file as byte ranges: 0x0A is never part of a multi-byte character in either. */
function* lines(bytes: Uint8Array): Generator<{ line: number; bytes: Uint8Array }> {
  let start = 0;
  let line = 1;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    yield { line, bytes: bytes.subarray(start, end === -1 ? bytes.length : end) };
    if (end === -1) return;
    start = end + 1;
    line++;
  }
}

const isAscii = (bytes: Uint8Array) => bytes.every((b) => b < 0x80);

/** Where a file that is not valid UTF-8 goes wrong: its first bad line, and whether other lines are UTF-8. */
function utf8Lines(bytes: Uint8Array): { firstBad: number; firstGood: number | null; good: number; bad: number } {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let firstBad = 0;
  let firstGood: number | null = null;
  let good = 0;
  let bad = 0;
  for (const { line, bytes: text } of lines(bytes)) {
    if (isAscii(text)) continue;
    try {
      decoder.decode(text);
      good++;
      firstGood ??= line;
    } catch {
      bad++;
      if (firstBad === 0) firstBad = line;
    }
  }
  return { firstBad, firstGood, good, bad };
}

/** The line of the first character a UTF-16 decoder cannot read (a lone surrogate). */
function utf16BadLine(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): number {
  const text = new TextDecoder(encoding).decode(bytes);
  const at = text.indexOf("\uFFFD");
  return text.slice(0, Math.max(0, at)).split("\n").length;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const done = (text: string, encoding: TextEncoding): Decoded => ({
    ok: true,
    text: text.replace(/^\uFEFF/, ""),
    encoding,
  });
  for (const encoding of ["utf-16le", "utf-16be"] as const) {
    if (!startsWith(bytes, encoding === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff])) continue;
    const text = strict(encoding, bytes);
    return text === null
      ? { ok: false, code: "encoding_invalid", line: utf16BadLine(bytes, encoding) }
      : done(text, encoding);
  }
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== null) return done(utf8, "utf-8");
  const { firstBad, firstGood, good, bad } = utf8Lines(bytes);
  // A UTF-8 BOM, or lines that really are UTF-8 beside ones that are not: a file in two encodings.
  // The lines in the rarer encoding are the odd ones out.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || good > 0)
    return { ok: false, code: "encoding_mixed", line: good >= bad || firstGood === null ? firstBad : firstGood };
  // Not UTF-8 anywhere: GB18030 (a superset of GBK and GB2312) for the whole file, strictly too.
  const gb = strict("gb18030", bytes);
  if (gb !== null) return done(gb, "gb18030");
  const decoder = new TextDecoder("gb18030", { fatal: true });
  for (const { line, bytes: text } of lines(bytes)) {
    try {
      decoder.decode(text);
    } catch {
      return { ok: false, code: "encoding_invalid", line };
    }
  }
  return { ok: false, code: "encoding_invalid", line: 1 };
}
