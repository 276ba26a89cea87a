import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseFacts } from "../lib/criteria/cases/base";
import { evaluate, evaluateRequest } from "../lib/criteria/index";
import { runScript } from "./testing/run-script";

// The CLI as a child process, the way `npm run -s evaluate` starts it (cwd = package root,
// INIT_CWD = where the user typed the command).

let dir = "";

const cli = (...args: string[]) => runScript("scripts/evaluate.ts", args, { initCwd: dir });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "evaluate-cli-"));
  writeFileSync(join(dir, "valid.json"), JSON.stringify(baseFacts));
  writeFileSync(join(dir, "envelope.json"), JSON.stringify({ ruleset: "miit-2018", facts: baseFacts }));
  writeFileSync(
    join(dir, "invalid.json"),
    JSON.stringify({ ...baseFacts, finance: { revenue: { y1: -5 } }, people: { employees: 10, rdStaff: 11 } }),
  );
  writeFileSync(join(dir, "broken.json"), "{ not json");
  writeFileSync(join(dir, "typo.json"), JSON.stringify({ ...baseFacts, finance: { revenu: { y1: 1 } } }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run evaluate", () => {
  it("prints the API's 200 body for valid facts, resolving FILE against INIT_CWD", () => {
    const r = cli("--ruleset", "miit-2022", "valid.json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const api = evaluateRequest(JSON.stringify({ ruleset: "miit-2022", facts: baseFacts }));
    expect(JSON.parse(r.stdout)).toEqual(api.body);
  });

  it("knows miit-2020", () => {
    const r = cli("--ruleset", "miit-2020", "valid.json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(evaluate(baseFacts, { ruleset: "miit-2020" }));
  });

  it("reads a request body and honours --lang", () => {
    const r = cli("--lang=en", join(dir, "envelope.json"));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(evaluate(baseFacts, { ruleset: "miit-2018", locale: "en" }));
  });

  it("exits 2 with the issues on stderr for invalid facts", () => {
    const r = cli("invalid.json");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("finance.revenue.y1: 金额不能为负数");
    expect(r.stderr).toContain("people.rdStaff: 研发人员数不能多于从业人员数");
  });

  it("exits 2 for a key the schema does not know, naming its path", () => {
    const r = cli("--lang", "en", "typo.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("finance.revenu: There is no such field");
  });

  it("exits 2 for an unknown rule set, bad JSON or bad arguments", () => {
    expect(cli("--ruleset", "miit-2030", "valid.json")).toMatchObject({
      code: 2,
      stdout: "",
      stderr: expect.stringContaining("unknown rule set"),
    });
    expect(cli("broken.json")).toMatchObject({ code: 2, stderr: expect.stringContaining("not valid JSON") });
    expect(cli("--lang", "fr", "valid.json").code).toBe(2);
    expect(cli("valid.json", "envelope.json").code).toBe(2);
    expect(cli().code).toBe(2);
  });

  it("exits 1 for a missing file", () => {
    expect(cli("missing.json")).toMatchObject({ code: 1, stdout: "", stderr: expect.stringContaining("ENOENT") });
  });
});
