import { describe, expect, it } from "vitest";
import { allCases } from "./cases";
import { factsOf, type Case } from "./cases/types";
import { evaluate } from "./evaluate";
import { parseFacts } from "./facts/parse";
import type { CriterionResult, EvaluationResult } from "./output/types";

// The table of rule cases (lib/criteria/cases/*.cases.ts), one test each.

function criteria(result: EvaluationResult, key: string): CriterionResult[] {
  const [tier, id] = key.includes("/") ? key.split("/") : [null, key];
  return result.tiers
    .filter((t) => tier === null || t.id === tier)
    .flatMap((t) => t.criteria.filter((c) => c.id === id));
}

function check(c: Case) {
  const facts = factsOf(c);
  const parsed = parseFacts(facts, "en");
  expect(parsed.ok ? [] : parsed.issues, "the case's facts are valid").toEqual([]);
  const zh = evaluate(facts, { ruleset: c.ruleset, locale: "zh-CN" });
  const en = evaluate(facts, { ruleset: c.ruleset, locale: "en" });
  if (c.tiers) expect(zh.tiers.map((t) => t.id)).toEqual(c.tiers);
  for (const [tier, verdict] of Object.entries(c.verdicts ?? {})) {
    expect(zh.tiers.find((t) => t.id === tier)?.verdict, `verdict of ${tier}`).toBe(verdict);
  }
  for (const [key, outcome] of Object.entries(c.outcomes ?? {})) {
    const found = criteria(zh, key);
    expect(found.length, `${key} is listed`).toBeGreaterThan(0);
    for (const r of found) expect(r.outcome, key).toBe(outcome);
  }
  for (const key of c.absent ?? []) expect(criteria(zh, key), `${key} is not a criterion`).toEqual([]);
  for (const [tier, range] of Object.entries(c.score ?? {})) {
    const score = zh.tiers.find((t) => t.id === tier)?.score;
    expect(score && [score.min, score.max], `score of ${tier}`).toEqual(range);
  }
  for (const [key, gap] of Object.entries(c.gaps ?? {})) {
    const zhGap = criteria(zh, key)[0]?.gap ?? null;
    const enGap = criteria(en, key)[0]?.gap ?? null;
    if (gap === null) {
      expect(zhGap, `${key} has no gap`).toBeNull();
      continue;
    }
    expect(zhGap, `${key} has a gap`).not.toBeNull();
    expect(zhGap?.metric).toBe(gap.metric);
    if (gap.shortfall !== undefined) expect(zhGap?.shortfall, `${key} shortfall`).toBe(gap.shortfall);
    if (gap.actual !== undefined) expect(zhGap?.actual).toBe(gap.actual);
    if (gap.required !== undefined) expect(zhGap?.required).toBe(gap.required);
    if (gap.zh !== undefined) expect(zhGap?.message).toBe(gap.zh);
    if (gap.en !== undefined) expect(enGap?.message).toBe(gap.en);
  }
  for (const [key, values] of Object.entries(c.values ?? {})) {
    expect(criteria(zh, key)[0]?.values).toMatchObject(values);
  }
  if (c.sizeClass !== undefined) {
    expect(criteria(zh, "common.sme-size")[0]?.size?.sizeClass).toBe(c.sizeClass);
  }
  if (c.outside !== undefined) {
    const size = criteria(en, "common.sme-size")[0]?.size;
    expect(size?.outside).toBe(c.outside);
    expect(size?.outsideReason).toMatch(/size standard/);
  }
  for (const [key, names] of Object.entries(c.boundaryNotes ?? {})) {
    const noted = criteria(zh, key)[0]?.trace.filter((s) => s.kind === "note" && s.name === "ambiguousBound") ?? [];
    expect(
      noted.map((s) => Object.keys(s.inputs)[0]),
      `${key} notes an ambiguous bound`,
    ).toEqual(names);
  }
}

describe("rule cases", () => {
  it("has a table of at least 100 cases with unique names", () => {
    expect(allCases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(allCases.map((c) => c.name)).size).toBe(allCases.length);
  });

  it.each(allCases.map((c) => [c.name, c] as const))("%s", (_name, c) => check(c));
});
