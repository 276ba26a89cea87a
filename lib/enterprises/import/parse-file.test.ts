import { describe, expect, it } from "vitest";
import { csvText, gbk, utf16le, utf8, xlsx, type Table } from "../testing/files";
import { testUscc } from "../testing/uscc";
import { parseEnterpriseFile } from "./parse-file";

const national: Table = [
  ["序号", "省（区、市）", "企业名称"],
  [1, "浙江省", "示例甲精工有限公司"],
  [2, "宁波", "示例乙轴承有限公司"],
  [3, "新疆生产建设兵团", "示例丙棉机有限公司"],
];
const expected = [
  {
    line: 2,
    value: expect.objectContaining({
      name: "示例甲精工有限公司",
      provinceCode: "33",
      city: null,
      batch: 5,
      year: 2023,
    }),
  },
  { line: 3, value: expect.objectContaining({ name: "示例乙轴承有限公司", provinceCode: "33", city: "宁波市" }) },
  {
    line: 4,
    value: expect.objectContaining({ name: "示例丙棉机有限公司", provinceCode: "65", city: "新疆生产建设兵团" }),
  },
];

const parse = (
  bytes: Uint8Array,
  fileName = "list.csv",
  extra: { batch?: number; year?: number; locale?: "en"; from?: "cli" } = { batch: 5 },
) => parseEnterpriseFile({ fileName, bytes, ...extra });

describe("parseEnterpriseFile: encodings and formats", () => {
  it.each([
    ["UTF-8", utf8(csvText(national))],
    ["UTF-8 with BOM", utf8(csvText(national), true)],
    ["GBK", gbk(csvText(national))],
    ["UTF-16 tab-separated", utf16le(csvText(national, "\t"))],
  ])("reads CSV in %s", async (_, bytes) => {
    expect(await parse(bytes)).toEqual({ rows: expected, errors: [], errorCount: 0, rowCount: 3 });
  });

  it("really was given GBK bytes, not UTF-8", () => {
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk(csvText(national)))).toThrow();
  });

  it("reads XLSX with a title row above the header, by its bytes even when misnamed", async () => {
    const bytes = await xlsx(national, "第五批专精特新“小巨人”企业名单");
    const shifted = expected.map((e) => ({ ...e, line: e.line + 1 }));
    expect(await parse(bytes, "list.xlsx")).toEqual({ rows: shifted, errors: [], errorCount: 0, rowCount: 3 });
    expect((await parse(bytes, "list.csv")).rows).toHaveLength(3);
  });

  it("refuses an old .xls, an empty file and a file without a header", async () => {
    expect((await parse(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "a.xls")).errors[0]!.message).toContain(".xls");
    expect((await parse(new Uint8Array(), "a.csv")).errors).toEqual([{ line: 0, message: "文件为空" }]);
    expect((await parse(utf8("a,b\n1,2\n"))).errors[0]).toMatchObject({
      line: 0,
      message: expect.stringContaining("表头"),
    });
  });
});

describe("parseEnterpriseFile: columns and rows", () => {
  it("reads every usual column, with stray spaces in headers and cells", async () => {
    const table: Table = [
      [
        " 序 号 ",
        "省份",
        "地市",
        " 企业名称",
        "统一社会信用代码 ",
        "所属行业",
        "主导产品",
        "批次",
        "年份",
        "状态",
        "营业收入（万元）",
        "研发投入强度(%)",
        "一类知识产权",
      ],
      [
        1,
        " 辽宁省 ",
        "大连",
        " 示例丁液压有限公司 ",
        ` ${testUscc(1)} `,
        "C3444",
        "液压泵",
        "第四批",
        "2022",
        "有效",
        "12,000",
        "6.5%",
        "12",
      ],
    ];
    const { rows, errors } = await parse(utf8(csvText(table)), "a.csv", {});
    expect(errors).toEqual([]);
    expect(rows[0]!.value).toEqual({
      name: "示例丁液压有限公司",
      nameKey: "示例丁液压有限公司",
      uscc: testUscc(1),
      provinceCode: "21",
      city: "大连市",
      batch: 4,
      year: 2022,
      industryCode: "C3444",
      mainProduct: "液压泵",
      status: "active",
      revenue: 12000,
      revenueGrowth: null,
      rdIntensity: 6.5,
      mainBusinessShare: null,
      classOneIp: 12,
    });
  });

  it("maps all five plan cities to their province and keeps the city", async () => {
    const cities = ["大连", "青岛", "宁波", "厦门", "深圳"];
    const table: Table = [
      ["序号", "地区", "企业名称"],
      ...cities.map((c, i) => [i + 1, `${c}市`, `示例${c}企业有限公司`]),
    ];
    const { rows } = await parse(utf8(csvText(table)));
    expect(rows.map((r) => [r.value.provinceCode, r.value.city])).toEqual([
      ["21", "大连市"],
      ["37", "青岛市"],
      ["33", "宁波市"],
      ["35", "厦门市"],
      ["44", "深圳市"],
    ]);
  });

  it("reports every bad row with its line and reason, and keeps none", async () => {
    const table: Table = [
      ["序号", "省份", "企业名称", "统一社会信用代码", "批次"],
      [1, "浙江", "示例好企业有限公司", "", ""],
      [2, "火星", "示例坏省份有限公司", "", ""],
      [3, "浙江", "", "", ""],
      [4, "浙江", "示例坏代码有限公司", "91330100MA0000001X", "第九批"],
      [5, "浙江", "示例好企业有限公司", "", ""],
    ];
    const result = await parse(utf8(csvText(table)));
    expect(result.rowCount).toBe(5);
    expect(result.errors).toEqual([
      { line: 3, message: "无法识别的省份“火星”" },
      { line: 4, message: "缺少企业名称" },
      { line: 5, message: "统一社会信用代码“91330100MA0000001X”无效；批次“第九批”无效：应为 1 至 8 的整数" },
      { line: 6, message: "与第 2 行是同一家企业" },
    ]);
    expect(result.errorCount).toBe(4);
  });

  it("speaks English when asked, and needs a batch from the file or the caller, asked where it came from", async () => {
    const result = await parse(utf8(csvText(national)), "a.csv", { locale: "en" });
    expect(result.errors).toEqual([
      {
        line: 0,
        message:
          "The batch is missing: the file has no batch column; give the list's batch in the Batch field (e.g. 5 for the fifth)",
      },
    ]);
    // The upload form's words never name a command-line flag; the command line's do.
    const form = await parse(utf8(csvText(national)), "a.csv", {});
    expect(form.errors[0]?.message).toBe(
      "缺少批次：文件中没有“批次”列，请在“批次”一栏填写整份名单的批次（例如第五批填 5）",
    );
    const cli = await parse(utf8(csvText(national)), "a.csv", { from: "cli" });
    expect(cli.errors[0]?.message).toBe("缺少批次：文件中没有批次列，请用 --batch 指定整份名单的批次");
  });

  it("skips blank lines and notes under the table, and counts lines as the file has them", async () => {
    const text = `${csvText(national)}\r\n,,\r\n注：排名不分先后,,\r\n4,,示例无省份有限公司\r\n`;
    const result = await parse(utf8(text));
    expect(result.errors).toEqual([{ line: 8, message: "缺少省份" }]);
    expect(result.rowCount).toBe(4);
    const withoutBadRow = await parse(utf8(`${csvText(national)}\r\n,,\r\n注：排名不分先后,,\r\n`));
    expect(withoutBadRow).toMatchObject({ errors: [], rowCount: 3 });
  });
});
