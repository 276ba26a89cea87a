import { describe, expect, it } from "vitest";
import { parseImportArgs } from "./command-line";

// scripts/enterprises-import.ts exits 2 with this message before it opens the file or the database.
describe("the import command line's --batch and --year", () => {
  it.each([
    [["--batch", "50"], "--batch: 批次“50”无效：应为 1 至 8 的整数"],
    [["--batch", "99"], "--batch: 批次“99”无效：应为 1 至 8 的整数"],
    [["--batch", "1e1"], "--batch: 批次“1e1”无效：应为 1 至 8 的整数"],
    [["--batch", " 5"], "--batch: 批次“ 5”无效：应为 1 至 8 的整数"],
    [["--batch", ""], "--batch: 批次“”无效：应为 1 至 8 的整数"],
    [["--year", "2030"], "--year: 年份“2030”无效：应为 2019 至 2026 年"],
    [["--batch", "5", "--year", "2024"], "--year: 年份“2024”与批次不符：第 5 批是 2023 年"],
  ])("refuses %j", (args, message) => {
    expect(parseImportArgs([...args, "list.csv"])).toEqual({ ok: false, message });
  });

  it("speaks English with --lang en, and takes a batch and its year", () => {
    expect(parseImportArgs(["--lang", "en", "--batch", "10.0", "a.csv"])).toEqual({
      ok: false,
      message: '--batch: Invalid batch "10.0": a whole number from 1 to 8',
    });
    expect(parseImportArgs(["--batch", "5", "--year", "2023", "--by", "li", "a.csv"])).toEqual({
      ok: true,
      args: { batch: 5, year: 2023, by: "li", lang: "zh-CN", file: "a.csv", help: false },
    });
    expect(parseImportArgs(["a.csv"])).toMatchObject({ ok: true, args: { batch: undefined, year: undefined } });
  });
});
