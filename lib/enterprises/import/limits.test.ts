import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { csvText, gbk, utf16le, utf8, xlsx, type Table } from "../testing/files";
import { decodeText } from "./decode";
import { MAX_ROWS, MAX_STORED_ERRORS } from "./limits";
import { parseEnterpriseFile } from "./parse-file";

const header = ["序号", "省份", "企业名称"];
const rows = (n: number, name = (i: number) => `示例限额${i}有限公司`): Table => [
  header,
  ...Array.from({ length: n }, (_, i) => [i + 1, "浙江", name(i + 1)]),
];
const parse = (bytes: Uint8Array, fileName = "list.csv", limits = {}) =>
  parseEnterpriseFile({ fileName, bytes, batch: 5, limits });
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe("decoding: one encoding per file, or the line that is not", () => {
  const lines = ["序号,省份,企业名称\r\n", "1,浙江,示例甲精工有限公司\r\n", "2,江苏,示例乙轴承有限公司\r\n"];

  it("refuses a UTF-8 file with a GBK row, naming that row (it used to say 'no header')", async () => {
    const mixed = concat(utf8(lines[0]!), utf8(lines[1]!), gbk(lines[2]!), utf8("3,广东,示例丙有限公司\r\n"));
    expect(decodeText(mixed)).toEqual({ ok: false, code: "encoding_mixed", line: 3 });
    expect((await parse(mixed)).errors).toEqual([
      {
        line: 0,
        message: "第 3 行的编码与文件其他行不同（文件混用了 UTF-8 和 GBK），未导入：请把整个文件另存为同一种编码",
      },
    ]);
  });

  it("refuses a GBK file with a UTF-8 row instead of importing it garbled, naming the UTF-8 row", async () => {
    const mixed = concat(gbk(lines[0]!), gbk(lines[1]!), utf8(lines[2]!), gbk("3,广东,示例丙精密有限公司\r\n"));
    // Decoded as GB18030 without care, the UTF-8 row turns into nonsense.
    expect(new TextDecoder("gb18030").decode(mixed)).not.toContain("示例乙轴承有限公司");
    expect(decodeText(mixed)).toEqual({ ok: false, code: "encoding_mixed", line: 3 });
    const parsed = await parse(mixed);
    expect(parsed).toMatchObject({ rows: [], errorCount: 1 });
    expect(parsed.errors[0]!.message).toContain("第 3 行");
  });

  it("refuses a UTF-8 file (BOM) with one undecodable line, and bytes valid in neither encoding", async () => {
    const bom = concat(utf8(`\uFEFF${lines[0]}`), utf8(lines[1]!), new Uint8Array([0x32, 0x2c, 0xff, 0x0d, 0x0a]));
    expect(decodeText(bom)).toEqual({ ok: false, code: "encoding_mixed", line: 3 });
    // 0xFF starts no GB18030 character, and 0x80 alone is none either.
    const neither = concat(gbk(lines[0]!), gbk(lines[1]!), new Uint8Array([0x33, 0x2c, 0x80, 0xff, 0x0d, 0x0a]));
    expect(decodeText(neither)).toEqual({ ok: false, code: "encoding_invalid", line: 3 });
    expect((await parse(neither, "a.csv")).errors[0]!.message).toBe(
      "第 3 行既不是有效的 UTF-8，也不是有效的 GBK/GB18030，未导入：请检查文件编码",
    );
  });

  it("accepts GB18030 with a four-byte character, UTF-16 with and without tabs, and UTF-8", async () => {
    // U+20000 (𠀀) is 0x95 0x32 0x82 0x36 in GB18030, outside GBK.
    const gb = concat(
      gbk(lines[0]!),
      gbk("1,浙江,示例"),
      new Uint8Array([0x95, 0x32, 0x82, 0x36]),
      gbk("有限公司\r\n"),
    );
    expect(decodeText(gb)).toMatchObject({ ok: true, encoding: "gb18030" });
    expect((await parse(gb)).rows.map((r) => r.value.name)).toEqual(["示例𠀀有限公司"]);
    expect(decodeText(utf16le(lines.join("")))).toMatchObject({ ok: true, encoding: "utf-16le" });
    expect((await parse(utf16le(lines.join("").replace(/,/g, "\t")))).rows).toHaveLength(2);
    expect(decodeText(utf8(lines.join("")))).toEqual({ ok: true, encoding: "utf-8", text: lines.join("") });
  });

  it("refuses UTF-16 with a lone surrogate, naming its line", () => {
    const bytes = utf16le(`${lines[0]}${lines[1]}3,浙江,示例\uD800有限公司\r\n`);
    expect(decodeText(bytes)).toEqual({ ok: false, code: "encoding_invalid", line: 3 });
  });
});

describe("the row limit", () => {
  it("is 50,000 rows", () => expect(MAX_ROWS).toBe(50_000));

  it("refuses a CSV over the limit and imports one at it", async () => {
    const over = await parse(utf8(csvText(rows(30))), "a.csv", { rows: 30 });
    expect(over).toEqual({
      rows: [],
      rowCount: 0,
      errors: [{ line: 0, message: "文件超过 30 行，未导入：请按批次或省份拆分后上传" }],
      errorCount: 1,
    });
    // The header is a row read too: 29 firms and their header fit in 30.
    expect((await parse(utf8(csvText(rows(29))), "a.csv", { rows: 30 })).rows).toHaveLength(29);
  });

  it("refuses an XLSX over the limit, counting the rows of every sheet read", async () => {
    const over = await parse(await xlsx(rows(40)), "a.xlsx", { rows: 30 });
    expect(over.errors).toEqual([{ line: 0, message: "文件超过 30 行，未导入：请按批次或省份拆分后上传" }]);
    expect((await parse(await xlsx(rows(40)), "a.xlsx", { rows: 41 })).rows).toHaveLength(40);
  });
});

// A minimal zip writer: enough to build what a hostile upload would send.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of data) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A zip of deflated entries; `declare` overrides an entry's declared uncompressed size (a lie). */
function zip(entries: { name: string; data: Uint8Array; declare?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const packed = deflateRawSync(entry.data);
    const size = entry.declare ?? entry.data.byteLength;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(entry.data), 14);
    local.writeUInt32LE(packed.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(entry.data), 16);
    central.writeUInt32LE(packed.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + packed.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

describe("the uncompressed size of an XLSX", () => {
  const sheet = (bytes: number) =>
    new TextEncoder().encode(`<worksheet><sheetData>${" ".repeat(bytes)}</sheetData></worksheet>`);
  const tooLarge = "XLSX 文件解压后超过 1 MB，未导入：请删除多余的工作表或另存为 CSV";

  it("refuses a zip bomb by its declared size, before expanding it", async () => {
    // 300 MB of spaces deflate to about 300 KB; declared honestly, the central directory gives it away.
    const bomb = zip([{ name: "xl/worksheets/sheet1.xml", data: sheet(3 * 1024 * 1024) }]);
    expect(bomb.byteLength).toBeLessThan(10_000);
    expect((await parse(bomb, "bomb.xlsx", { xlsxUncompressedBytes: 1024 * 1024 })).errors).toEqual([
      { line: 0, message: tooLarge },
    ]);
  });

  it("refuses an entry that expands beyond what it declares, while inflating it", async () => {
    const liar = zip([{ name: "xl/worksheets/sheet1.xml", data: sheet(3 * 1024 * 1024), declare: 100 }]);
    expect((await parse(liar, "liar.xlsx", { xlsxUncompressedBytes: 1024 * 1024 })).errors).toEqual([
      { line: 0, message: tooLarge },
    ]);
  });

  it("refuses a zip whose entries do not tile the file, and reads a real workbook under the limit", async () => {
    const good = await xlsx(rows(3));
    const cut = good.slice(0, good.byteLength - 30);
    expect((await parse(cut, "cut.xlsx")).errors[0]!.message).toBe(
      "XLSX 文件已损坏或结构异常，未导入：请用 Excel 或 WPS 重新保存",
    );
    expect((await parse(good, "a.xlsx")).rows).toHaveLength(3);
    expect((await parse(good, "a.xlsx", { xlsxUncompressedBytes: 1000 })).errors[0]!.message).toContain(
      "XLSX 文件解压后超过",
    );
  });
});

describe("the stored errors", () => {
  it("keeps the first 1,000 and counts the rest", async () => {
    expect(MAX_STORED_ERRORS).toBe(1_000);
    const bad = rows(1_500, (i) => (i % 2 ? "" : `示例错误${i}有限公司`)).map((r, i) =>
      i === 0 ? r : [r[0]!, "火星", r[2]!],
    );
    const parsed = await parse(utf8(csvText(bad)));
    expect(parsed.errorCount).toBe(1_500);
    expect(parsed.errors).toHaveLength(1_000);
    expect(parsed.errors[0]).toEqual({ line: 2, message: "缺少企业名称；无法识别的省份“火星”" });
    expect(parsed.errors.at(-1)!.line).toBe(1_001);
  });
});
