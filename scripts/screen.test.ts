import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseFacts } from "../lib/criteria/cases/base";
import { evaluateRequest } from "../lib/criteria/index";
import { templateCsv } from "../lib/screening/testing/files";
import { runScript } from "./testing/run-script";

// `npm run -s screen` as a child process, the way npm starts it (cwd = package root, INIT_CWD =
// where the user typed the command).

let dir = "";

const cli = (...args: string[]) => runScript("scripts/screen.ts", args, { initCwd: dir });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "screen-cli-"));
  const bad = new TextDecoder().decode(templateCsv([baseFacts])).split("\r\n");
  writeFileSync(join(dir, "firms.csv"), templateCsv([baseFacts, { ...baseFacts, review: true }]));
  writeFileSync(join(dir, "bad.csv"), `${bad[0]}\r\n${bad[1]!.replace("12000", "一万二")}\r\n`);
  writeFileSync(join(dir, "no-header.csv"), "名称,地址\n甲,乙\n");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run screen", () => {
  it("prints one JSON object per data row with the API's verdicts", () => {
    const r = cli("--json", "--ruleset", "miit-2022", "firms.csv");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { row: number; name: string; tiers: Record<string, string> }[];
    const api = evaluateRequest(JSON.stringify({ ruleset: "miit-2022", facts: baseFacts })).body as {
      tiers: { id: string; verdict: string }[];
    };
    expect(rows.map((x) => x.row)).toEqual([1, 2]);
    expect(rows[0]).toEqual({
      row: 1,
      name: baseFacts.company.name,
      tiers: Object.fromEntries(api.tiers.map((t) => [t.id, t.verdict])),
      notMet: [],
      unknown: [],
      issues: [],
    });
  });

  it("reports a row's issues with empty tiers and still exits 0", () => {
    const r = cli("--json", "--lang", "en", "bad.csv");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        row: 1,
        name: baseFacts.company.name,
        tiers: {},
        notMet: [],
        unknown: [],
        issues: [
          {
            column: "上年度营业收入（万元）",
            path: "finance.revenue.y1",
            message: expect.stringContaining('"一万二" is not a number'),
          },
        ],
      },
    ]);
  });

  it("exits 2 when the file cannot be read, and for bad arguments", () => {
    expect(cli("missing.csv")).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("ENOENT") });
    expect(cli("no-header.csv")).toMatchObject({ code: 2, stderr: expect.stringContaining("未找到表头") });
    expect(cli("--ruleset", "miit-2030", "firms.csv").code).toBe(2);
    expect(cli("--out", "x.pdf", "firms.csv").code).toBe(2);
    expect(cli().code).toBe(2);
  });

  it("writes the template, and the results as XLSX and CSV", async () => {
    expect(cli("--template", "t.xlsx").code).toBe(0);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(join(dir, "t.xlsx"));
    expect(template.worksheets.map((s) => s.name)).toEqual(["企业名单", "填写说明"]);
    expect(template.worksheets[0]!.getRow(1).getCell(2).value).toBe("评价年度");

    expect(cli("--out", "r.xlsx", "firms.csv").code).toBe(0);
    const results = new ExcelJS.Workbook();
    await results.xlsx.readFile(join(dir, "r.xlsx"));
    expect(results.worksheets.map((s) => s.name)).toEqual(["筛查结果", "未满足的条件"]);
    expect(results.worksheets[0]!.getRow(2).getCell(2).value).toBe(baseFacts.company.name);

    expect(cli("--out", "r.csv", "firms.csv").code).toBe(0);
    const csv = readFileSync(join(dir, "r.csv"), "utf8");
    expect(csv.startsWith("\uFEFF行号,企业名称,认定标准,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
  });
});
