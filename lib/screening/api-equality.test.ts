import { describe, expect, it } from "vitest";
import { evaluateRequest } from "@/lib/criteria";
import { allCases } from "@/lib/criteria/cases";
import { factsOf } from "@/lib/criteria/cases/types";
import { isStart, screenFile, type ScreenedRow } from "./screen-file";
import { templateCsv } from "./testing/files";
import { factsRow } from "./write-cell";

// Every case of the engine's table (lib/criteria/cases), written as a row of the template and
// screened, gets the verdicts POST /api/v1/evaluations answers for the same facts.

const TODAY = "2026-12-02";

describe("screened verdicts equal the evaluation API's", () => {
  const rulesets = [...new Set(allCases.map((c) => c.ruleset))];
  it.each(rulesets)("for every table case under %s", async (ruleset) => {
    // A firm with no answer at all is a blank row, which a file does not count as a firm.
    const cases = allCases.filter((c) => c.ruleset === ruleset && factsRow(factsOf(c)).some((v) => v !== ""));
    const rows: ScreenedRow[] = [];
    const bytes = templateCsv(cases.map(factsOf));
    for await (const x of screenFile({ fileName: "cases.csv", bytes, ruleset, locale: "zh-CN", today: TODAY }))
      if (!isStart(x)) rows.push(x);
    expect(rows).toHaveLength(cases.length);
    cases.forEach((c, i) => {
      const api = evaluateRequest(JSON.stringify({ ruleset, facts: factsOf(c) }), { today: TODAY });
      expect(api.status, c.name).toBe(200);
      const body = api.body as { tiers: { id: string; verdict: string }[] };
      const row = rows[i]!;
      expect(row.issues, c.name).toEqual([]);
      const screened = Object.fromEntries(Object.entries(row.result!.tiers).map(([id, s]) => [id, s.verdict]));
      expect(screened, c.name).toEqual(Object.fromEntries(body.tiers.map((t) => [t.id, t.verdict])));
    });
  });

  it("and without a rule set, as the API chooses one for each firm (a 2026 review: miit-2022)", async () => {
    const facts = [factsOf(allCases[0]!), { ...factsOf(allCases[0]!), review: true }];
    const rows: ScreenedRow[] = [];
    for await (const x of screenFile({ fileName: "c.csv", bytes: templateCsv(facts), locale: "zh-CN", today: TODAY }))
      if (!isStart(x)) rows.push(x);
    facts.forEach((f, i) => {
      const api = evaluateRequest(JSON.stringify({ facts: f }), { today: TODAY }).body as {
        ruleset: { id: string };
        tiers: { id: string; verdict: string }[];
      };
      expect(rows[i]!.result?.ruleset).toBe(api.ruleset.id);
      expect(Object.values(rows[i]!.result!.tiers).map((s) => s.verdict)).toEqual(api.tiers.map((t) => t.verdict));
    });
    expect(rows.map((r) => r.result?.ruleset)).toEqual(["miit-2026", "miit-2022"]);
  });
});
