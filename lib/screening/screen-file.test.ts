import { describe, expect, it } from "vitest";
import { baseFacts } from "@/lib/criteria/cases/base";
import { FileProblem } from "@/lib/enterprises/import/read-table";
import { isStart, screenFile, type ScreenedRow, type ScreeningStart } from "./screen-file";
import { templateWorkbook } from "./template";
import { csvBytes, templateCsv } from "./testing/files";

const TODAY = "2026-12-02";

async function screen(bytes: Uint8Array, fileName = "list.csv", limits?: { rows: number; xlsxBytes: number }) {
  const rows: ScreenedRow[] = [];
  let start: ScreeningStart | null = null;
  for await (const x of screenFile({ fileName, bytes, locale: "zh-CN", today: TODAY, limits }))
    if (isStart(x)) start = x;
    else rows.push(x);
  return { start: start!, rows };
}

async function problem(bytes: Uint8Array, fileName = "list.csv", limits?: { rows: number; xlsxBytes: number }) {
  try {
    await screen(bytes, fileName, limits);
  } catch (error) {
    if (error instanceof FileProblem) return error.code;
    throw error;
  }
  return null;
}

describe("screening a file", () => {
  it("evaluates each row on its own: a bad row is reported, the others still evaluated", async () => {
    const csv = [
      "企业名称,上年度营业收入（万元）,上年度主营业务收入（万元）,高新技术企业证书,field.sixFoundations,备注",
      "甲公司,12000,11400,是,核心基础零部件、关键软件,",
      "乙公司,abc,,也许,火箭,",
      "丙公司,1000,1200,否,,说明",
    ].join("\n");
    const { start, rows } = await screen(csvBytes(csv));
    expect(start.notes).toEqual(["以下列未能识别，已忽略：备注"]);
    expect(rows.map((r) => [r.row, r.line, r.name])).toEqual([
      [1, 2, "甲公司"],
      [2, 3, "乙公司"],
      [3, 4, "丙公司"],
    ]);
    expect(rows[0]!.issues).toEqual([]);
    expect(rows[0]!.result?.tiers["little-giant"]?.verdict).toBeDefined();
    expect(rows[1]!.result).toBeNull();
    expect(rows[1]!.issues).toEqual([
      {
        column: "上年度营业收入（万元）",
        path: "finance.revenue.y1",
        message: "“abc”不是数字：请只填写数字，金额以万元计，百分比填 0 到 100",
      },
      {
        column: "高新技术企业证书",
        path: "titles.highTech",
        message: expect.stringContaining("“也许”不是“是”或“否”"),
      },
      { column: "field.sixFoundations", path: "field.sixFoundations", message: expect.stringContaining("“火箭”") },
    ]);
    // The facts schema's cross-checks too, at the column to correct.
    expect(rows[2]!.issues).toEqual([
      { column: "上年度主营业务收入（万元）", path: "finance.mainRevenue.y1", message: "主营业务收入不能高于营业收入" },
    ]);
  });

  it("reads the template it writes, example rows included, without a problem", async () => {
    const { start, rows } = await screen(await templateWorkbook("zh-CN"), "template.xlsx");
    expect(start.notes).toEqual([]);
    expect(rows.map((r) => r.issues)).toEqual([[], []]);
    expect(rows.map((r) => r.name)).toEqual(["示例精密传动有限公司", "示例新材料科技有限公司"]);
  });

  it("reads a cell formatted as a percentage as the percentage it shows, not its fraction", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("名单");
    sheet.addRow(["企业名称", "全国细分市场占有率（%）", "全球细分市场占有率（%）"]);
    sheet.addRow(["百分比格式有限公司", 0.153, 12.5]);
    sheet.getCell("B2").numFmt = "0.0%";
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const { rows } = await screen(bytes, "list.xlsx");
    expect(rows[0]!.issues).toEqual([]);
    expect(rows[0]!.facts).toMatchObject({ market: { shareDomestic: 15.3, shareInternational: 12.5 } });
  });

  it("reads CSV in GB18030 and UTF-16 alike", async () => {
    const utf8 = await screen(templateCsv([baseFacts]));
    const text = new TextDecoder().decode(templateCsv([baseFacts]));
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    expect((await screen(utf16)).rows.map((r) => r.result)).toEqual(utf8.rows.map((r) => r.result));
    // "企业名称,上年度营业收入（万元）\n甲,100\n" in GB18030, as Chinese Windows saves it.
    const gb = Buffer.from("c6f3d2b5c3fbb3c62cc9cfc4eab6c8d3aad2b5cad5c8eba3a8cdf2d4aaa3a90abcd72c3130300a", "hex");
    expect((await screen(new Uint8Array(gb))).rows[0]?.result?.metrics.revenue).toBe(100);
  });

  it("refuses a file it cannot read as a whole", async () => {
    expect(await problem(new Uint8Array())).toBe("empty_file");
    expect(await problem(csvBytes("名称,地址\n甲,乙\n"))).toBe("no_header");
    expect(await problem(csvBytes("企业名称,上年度营业收入（万元）\n"))).toBe("no_rows");
    const three = csvBytes("企业名称,上年度营业收入（万元）\n甲,1\n乙,2\n丙,3\n");
    expect(await problem(three, "list.csv", { rows: 2, xlsxBytes: 1e8 })).toBe("too_many_rows");
    expect(await problem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "old.xls")).toBe("xls");
    expect(await problem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "broken.xlsx")).toBe("xlsx_malformed");
  });
});
