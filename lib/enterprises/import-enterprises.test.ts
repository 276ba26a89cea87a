import { describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { importEnterprises } from "./import-enterprises";
import { csvText, gbk, utf8, xlsx, type Table } from "./testing/files";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { testUscc } from "./testing/uscc";

const header = ["序号", "省份", "地市", "企业名称", "统一社会信用代码", "主导产品", "研发投入强度"];

describe.each(testBackends)("importEnterprises on $name", (backend) => {
  const db = useTestDatabase(backend);
  const run = (bytes: Uint8Array, extra: { fileName?: string; batch?: number; year?: number } = {}) =>
    importEnterprises(db().prisma, {
      fileName: extra.fileName ?? "list.csv",
      bytes,
      batch: extra.batch ?? 5,
      year: extra.year,
      importedBy: "test",
    }).then(({ importId, ...summary }) => {
      expect(importId).toEqual(expect.any(String));
      return summary;
    });

  it("imports a GBK list with a plan city and the 兵团, and records the import", async () => {
    const table: Table = [
      header,
      [1, "宁波", "", "示例导入甲有限公司", testUscc(101), "精密轴承", "6.5"],
      [2, "新疆生产建设兵团", "", "示例导入乙有限公司", "", "", ""],
    ];
    expect(await run(gbk(csvText(table)), { fileName: "gbk.csv" })).toEqual({
      imported: 2,
      updated: 0,
      errors: [],
      errorCount: 0,
    });
    const rows = await db().prisma.designatedEnterprise.findMany({
      where: { name: { startsWith: "示例导入" } },
      orderBy: { name: "asc" },
    });
    expect(
      rows.map((r) => [r.name, r.provinceCode, r.city, r.batch, r.year, r.uscc, r.rdIntensity, r.status, r.isSample]),
    ).toEqual([
      ["示例导入乙有限公司", "65", "新疆生产建设兵团", 5, 2023, null, null, "active", false],
      ["示例导入甲有限公司", "33", "宁波市", 5, 2023, testUscc(101), 6.5, "active", false],
    ]);
    const record = await db().prisma.enterpriseImport.findFirstOrThrow({ where: { fileName: "gbk.csv" } });
    expect(record).toMatchObject({
      kind: "file",
      importedBy: "test",
      batch: 5,
      rowCount: 2,
      imported: 2,
      updated: 0,
      errors: [],
    });
    expect(rows.every((r) => r.importId === record.id)).toBe(true);
  });

  it("imports nothing from a file with a bad row, reports it, and records the refusal", async () => {
    const before = await db().prisma.designatedEnterprise.count();
    const table: Table = [
      header,
      [1, "浙江", "", "示例全有或全无有限公司", "", "", ""],
      [2, "月球", "", "示例坏行有限公司", "", "", "abc"],
    ];
    const summary = await run(utf8(csvText(table)), { fileName: "bad.csv" });
    expect(summary).toEqual({
      imported: 0,
      updated: 0,
      errors: [{ line: 3, message: "无法识别的省份“月球”；“研发投入强度”的值“abc”不是数字" }],
      errorCount: 1,
    });
    expect(await db().prisma.designatedEnterprise.count()).toBe(before);
    expect(await db().prisma.enterpriseImport.findFirstOrThrow({ where: { fileName: "bad.csv" } })).toMatchObject({
      imported: 0,
      rowCount: 2,
      errors: summary.errors,
      errorCount: 1,
    });
  });

  it("keeps the first 1,000 errors of a refused file and counts them all, in the answer and the record", async () => {
    const table: Table = [
      header,
      ...Array.from({ length: 1_200 }, (_, i) => [i + 1, "火星", "", `示例千错${i}有限公司`, "", "", ""]),
    ];
    const summary = await run(utf8(csvText(table)), { fileName: "many-errors.csv" });
    expect(summary).toMatchObject({ imported: 0, updated: 0, errorCount: 1_200 });
    expect(summary.errors).toHaveLength(1_000);
    expect(summary.errors.at(-1)).toEqual({ line: 1_001, message: "无法识别的省份“火星”" });
    const record = await db().prisma.enterpriseImport.findFirstOrThrow({ where: { fileName: "many-errors.csv" } });
    expect(record).toMatchObject({ rowCount: 1_200, errorCount: 1_200 });
    expect(record.errors).toHaveLength(1_000);
  });

  it("updates on re-import instead of duplicating: by credit code, else by name and province", async () => {
    const first: Table = [
      header,
      [1, "浙江", "杭州市", "示例重导甲有限公司", testUscc(201), "阀门", "5"],
      [2, "江苏", "", "示例重导乙有限公司", "", "电机", "7"],
    ];
    expect(await run(utf8(csvText(first)))).toEqual({ imported: 2, updated: 0, errors: [], errorCount: 0 });
    // Renamed under the same code; the second firm again without a code, now with a code-less metric gap.
    const second: Table = [
      header,
      [1, "浙江", "", "示例重导甲（更名）有限公司", testUscc(201), "", ""],
      [2, "江苏省", "", " 示例重导乙有限公司 ", "", "伺服电机", ""],
      [3, "江苏", "", "示例重导丙有限公司", "", "", ""],
    ];
    expect(await run(utf8(csvText(second)), { batch: 6 })).toEqual({
      imported: 1,
      updated: 2,
      errors: [],
      errorCount: 0,
    });
    const rows = await db().prisma.designatedEnterprise.findMany({
      where: { name: { startsWith: "示例重导" } },
      orderBy: { name: "asc" },
    });
    expect(rows.map((r) => [r.name, r.batch, r.year, r.city, r.mainProduct, r.rdIntensity])).toEqual([
      ["示例重导丙有限公司", 6, 2024, null, null, null],
      ["示例重导乙有限公司", 6, 2024, null, "伺服电机", 7],
      ["示例重导甲（更名）有限公司", 6, 2024, "杭州市", "阀门", 5],
    ]);
  });

  it("refuses a row whose name and province belong to a firm with another credit code", async () => {
    const table: Table = [header, [1, "浙江", "", "示例冲突有限公司", testUscc(301), "", ""]];
    expect((await run(utf8(csvText(table)))).imported).toBe(1);
    const clash: Table = [header, [1, "浙江", "", "示例冲突有限公司", testUscc(302), "", ""]];
    expect(await run(utf8(csvText(clash)))).toEqual({
      imported: 0,
      updated: 0,
      errors: [{ line: 2, message: "同省已有同名企业，但统一社会信用代码不同" }],
      errorCount: 1,
    });
  });

  it("imports XLSX and re-imports the same rows as updates", async () => {
    const table: Table = [
      header,
      [1, "深圳", "", "示例表格甲有限公司", "", "传感器芯片", 9.5],
      [2, "厦门市", "", "示例表格乙有限公司", "", "", ""],
    ];
    const bytes = await xlsx(table, "名单");
    expect(await run(bytes, { fileName: "list.xlsx", batch: 7 })).toEqual({
      imported: 2,
      updated: 0,
      errors: [],
      errorCount: 0,
    });
    expect(await run(bytes, { fileName: "list.xlsx", batch: 7 })).toEqual({
      imported: 0,
      updated: 2,
      errors: [],
      errorCount: 0,
    });
    const row = await db().prisma.designatedEnterprise.findFirstOrThrow({ where: { name: "示例表格甲有限公司" } });
    expect(row).toMatchObject({ provinceCode: "44", city: "深圳市", batch: 7, year: 2025, rdIntensity: 9.5 });
  });
});
