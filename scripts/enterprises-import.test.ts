import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGLITE_TEMPLATE_ENV } from "../lib/db/testing/backends";
import { runScript } from "./testing/run-script";

// The CLI as an operator runs it, on a fresh embedded database: the last line is the JSON
// summary, and the exit status says whether anything was refused.
describe("npm run enterprises:import", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "zjtx-import-cli-"));
    // Already migrated (vitest's global setup): the CLI's own open then has nothing to apply.
    const template = process.env[PGLITE_TEMPLATE_ENV];
    if (template) await cp(template, path.join(dir, "db"), { recursive: true });
    await writeFile(path.join(dir, "good.csv"), "序号,省份,企业名称\n1,青岛,示例命令行有限公司\n");
    await writeFile(path.join(dir, "bad.csv"), "序号,省份,企业名称\n1,浙江,示例好有限公司\n2,火星,示例坏有限公司\n");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: path.join(dir, "db") };
    delete env.DATABASE_URL;
    const result = runScript("scripts/enterprises-import.ts", args, { env });
    const lines = result.stdout.trim().split("\n");
    return {
      status: result.code,
      summary: JSON.parse(lines[lines.length - 1] ?? "null") as unknown,
      stderr: result.stderr,
    };
  };

  it("imports, then updates on a second run, and refuses a file with a bad row", () => {
    expect(run("--batch", "5", path.join(dir, "good.csv"))).toMatchObject({
      status: 0,
      summary: { imported: 1, updated: 0, errors: [] },
    });
    expect(run("--batch", "5", path.join(dir, "good.csv"))).toMatchObject({
      status: 0,
      summary: { imported: 0, updated: 1, errors: [] },
    });
    const bad = run("--batch", "5", path.join(dir, "bad.csv"));
    expect(bad).toMatchObject({
      status: 1,
      summary: { imported: 0, updated: 0, errors: [{ line: 3, message: "无法识别的省份“火星”" }] },
    });
    expect(bad.stderr).toContain("line 3: 无法识别的省份“火星”");
  });

  it.each([
    [["--batch", "9", "x.csv"], "--batch: 批次“9”无效：应为 1 至 8 的整数"],
    [["--batch", "1e1", "x.csv"], "--batch: 批次“1e1”无效：应为 1 至 8 的整数"],
    [["--year", "2030", "x.csv"], "--year: 年份“2030”无效：应为 2019 至 2026 年"],
    [["--lang", "en", "--batch", "9", "x.csv"], '--batch: Invalid batch "9": a whole number from 1 to 8'],
    [["--colour", "x.csv"], "Unknown option '--colour'"],
  ])("refuses bad arguments %j with status 2", (args, message) => {
    const result = runScript("scripts/enterprises-import.ts", args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
