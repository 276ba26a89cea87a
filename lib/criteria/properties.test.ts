import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedRuns } from "./testing/bounded-runs";
import { evaluate } from "./evaluate";
import { factLeaves, type Leaf } from "./facts/catalogue";
import type { FactEntry } from "./facts/entry";
import { parseFacts } from "./facts/parse";
import type { Facts } from "./facts/schema";
import { valueLabel } from "./names";
import { any } from "./logic";
import type { CriterionResult, EvaluationResult } from "./output/types";
import { PROVINCE_CODES } from "./provinces";
import { OUTCOMES, RULESET_IDS, VERDICTS, type Outcome, type Verdict } from "./types";
import { USCC_ALPHABET, usccCheckChar } from "./uscc";

// Random valid facts, with nulls and missing keys, against the engine's invariants.

const amount = fc.oneof(
  fc.integer({ min: 0, max: 60000 }),
  fc.double({ min: 0, max: 300000, noNaN: true, noDefaultInfinity: true }),
);
const usccArb = fc
  .array(fc.constantFrom(...USCC_ALPHABET), { minLength: 17, maxLength: 17 })
  .map((cs) => cs.join("") + (usccCheckChar(cs.join("")) ?? "0"));
const industryArb = fc
  .tuple(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRST"), fc.integer({ min: 10, max: 9999 }))
  .map(([l, d]) => `${l}${String(d).padStart(d < 100 ? 2 : d < 1000 ? 3 : 4, "0")}`);
// Founded before the earliest assessment year generated (2019): a later date is invalid facts.
const dateArb = fc
  .date({ min: new Date("1990-01-01"), max: new Date("2018-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const COUNT_MAX: Partial<Record<string, number>> = { 人: 3000, 项: 40, 年: 30 };

/** A plausible answer for any fact of the catalogue, by its kind: a new fact is generated too. */
function answerArb({ entry, path }: Leaf): fc.Arbitrary<unknown> {
  const e = entry as FactEntry & { min?: number; max?: number; integer?: boolean };
  const options = (entry.options ?? []) as string[];
  switch (entry.kind) {
    case "money":
      return amount;
    case "signedMoney":
      return fc.integer({ min: -5000, max: 20000 });
    case "count":
      return fc.integer({ min: 0, max: COUNT_MAX[entry.unit ?? ""] ?? 50 });
    case "percent":
      return fc.double({ min: 0, max: 100, noNaN: true });
    case "score":
    case "number":
    case "level": {
      if (path === "assessmentYear") return fc.integer({ min: 2019, max: 2030 });
      const min = e.min ?? 0;
      const max = e.max ?? min + 49;
      return e.integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
    }
    case "flag":
      return fc.boolean();
    case "choice":
      return fc.constantFrom(...options);
    case "choices":
      return fc.subarray(options);
    case "text":
      return fc.string();
    case "uscc":
      return usccArb;
    case "province":
      return fc.constantFrom(...PROVINCE_CODES);
    case "industry":
      return industryArb;
    case "date":
      return dateArb;
  }
}

function setPath(facts: Record<string, unknown>, segments: readonly string[], value: unknown) {
  let node = facts;
  for (const key of segments.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[segments.at(-1)!] = value;
  return facts;
}

function factsArb(nullable: boolean): fc.Arbitrary<Facts> {
  const leaves = factLeaves.map((l) => {
    const arb = answerArb(l);
    return nullable ? fc.option(fc.option(arb, { nil: null, freq: 4 }), { nil: undefined, freq: 6 }) : arb;
  });
  const raw = fc
    .tuple(...leaves)
    .map((values) =>
      values.reduce<Record<string, unknown>>(
        (facts, v, i) => (v === undefined ? facts : setPath(facts, factLeaves[i]!.segments, v)),
        {},
      ),
    );
  const unit = fc.double({ min: 0, max: 1, noNaN: true });
  const helpers = fc.record({
    mainShare: fc.tuple(unit, unit, unit),
    mainKnown: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
    debtShare: fc.double({ min: 0, max: 1.5, noNaN: true }),
    rdShare: unit,
    hv: unit,
    sd: unit,
  });
  // Cross-field rules of the schema: main ≤ revenue, R&D staff ≤ employees, liabilities need
  // assets; and "of which" IP counts ≤ Class I, as the questionnaire asks them.
  type Loose = Record<string, Record<string, unknown> | undefined>;
  return fc.tuple(raw, helpers).map(([generated, h]) => {
    const r = generated as Loose;
    const out = { ...r } as Record<string, unknown>;
    const num = (x: unknown) => (typeof x === "number" ? x : null);
    if (r.finance) {
      const rev = (r.finance.revenue ?? {}) as Record<string, unknown>;
      const main = (i: 0 | 1 | 2, y: unknown) =>
        h.mainKnown[i] && num(y) !== null ? (num(y) ?? 0) * h.mainShare[i] : null;
      const assets = num(r.finance.totalAssets);
      out.finance = {
        ...r.finance,
        mainRevenue: { y1: main(0, rev.y1), y2: main(1, rev.y2), y3: main(2, rev.y3) },
        totalLiabilities: assets === null ? null : assets * h.debtShare,
      };
    }
    if (r.people) {
      const e = num(r.people.employees);
      out.people = { ...r.people, rdStaff: e === null ? null : Math.floor(e * h.rdShare) };
    }
    if (r.ip) {
      const one = num(r.ip.classOne);
      out.ip = {
        ...r.ip,
        classOneHighValue: one === null ? null : Math.floor(one * h.hv),
        classOneSelfDeveloped: one === null ? null : Math.floor(one * h.sd),
      };
    }
    return out as Facts;
  });
}

const NUMERIC: ReadonlySet<string> = new Set([
  "ssme.niche-years",
  "lg.niche-years",
  "lg.revenue",
  "ssme.main-business-share",
  "lg.main-business-share",
  "ssme.debt-ratio",
  "lg.debt-ratio",
  "lg.rd-total",
  "lg.rd-intensity",
  "ssme.rd",
  "ssme.development-score",
  "lg.development-score",
  "lg.operating-years",
  "lg.market-share",
  "ssme.scale",
  "lg.ip",
  "ism.score",
  "lg.growth",
]);

function oracle(criteria: CriterionResult[], alternatives: readonly (readonly string[])[]): Verdict {
  const inGroup = (id: string) => alternatives.some((g) => g.includes(id));
  const eff: Outcome[] = criteria.filter((c) => !inGroup(c.id)).map((c) => c.outcome);
  for (const g of alternatives) eff.push(any(criteria.filter((c) => g.includes(c.id)).map((c) => c.outcome)));
  return eff.some((o) => o === "not_met")
    ? "not_eligible"
    : eff.some((o) => o === "unknown" || o === "manual")
      ? "undetermined"
      : "eligible";
}

function numbersFinite(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(numbersFinite);
  if (typeof x === "object" && x !== null) return Object.values(x).every(numbersFinite);
  return true;
}

function checkResult(r: EvaluationResult) {
  expect(numbersFinite(r)).toBe(true);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  for (const t of r.tiers) {
    expect(VERDICTS).toContain(t.verdict);
    expect(t.verdict).toBe(oracle(t.criteria, t.alternatives));
    if (t.score) expect(t.score.min).toBeLessThanOrEqual(t.score.max);
    for (const c of t.criteria) {
      expect(OUTCOMES).toContain(c.outcome);
      if (c.outcome !== "not_met") expect(c.gap).toBeNull();
      if (c.outcome === "not_met" && NUMERIC.has(c.id)) expect(c.gap, c.id).not.toBeNull();
      for (const g of c.gaps) {
        expect(g.shortfall, c.id).toBeGreaterThan(0);
        expect(g.message).not.toMatch(/[{}]/);
        // Every metric is named where it is defined (a fact, a derived value or a score).
        expect(valueLabel(g.metric, "en", 2026), g.metric).not.toBe(g.metric);
      }
    }
  }
}

describe("engine properties", () => {
  it("the generator makes valid facts", () => {
    fc.assert(
      fc.property(factsArb(true), (facts) => {
        const r = parseFacts(facts, "en");
        expect(r.ok ? [] : r.issues).toEqual([]);
      }),
      boundedRuns(300),
    );
  });

  it("random valid facts never throw and give consistent verdicts, in every rule set and locale", () => {
    fc.assert(
      fc.property(
        factsArb(true),
        fc.constantFrom(...RULESET_IDS),
        fc.constantFrom("zh-CN" as const, "en" as const),
        (facts, ruleset, locale) => {
          checkResult(evaluate(facts, { ruleset, locale }));
        },
      ),
      boundedRuns(600),
    );
  });

  it("forgetting facts never turns a definite outcome into another definite one", () => {
    const same = (a: Outcome) => (a === "not_applicable" ? "met" : a);
    fc.assert(
      fc.property(
        factsArb(false),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.constantFrom(...RULESET_IDS),
        (full, picks, ruleset) => {
          const leaves: [string, string][] = [];
          for (const [g, v] of Object.entries(full)) {
            if (typeof v === "object" && v !== null) for (const k of Object.keys(v)) leaves.push([g, k]);
          }
          const partial = structuredClone(full) as Record<string, Record<string, unknown> | unknown>;
          for (const p of picks) {
            const [g, k] = leaves[p % leaves.length] ?? ["", ""];
            const grp = partial[g];
            if (typeof grp === "object" && grp !== null) (grp as Record<string, unknown>)[k] = null;
          }
          const a = evaluate(full, { ruleset });
          const b = evaluate(partial as Facts, { ruleset });
          b.tiers.forEach((t, ti) => {
            const ft = a.tiers[ti];
            t.criteria.forEach((c, ci) => {
              const fc_ = ft?.criteria[ci];
              if (c.outcome === "met" || c.outcome === "not_met")
                expect(same(fc_?.outcome ?? "unknown"), `${t.id} ${c.id}`).toBe(c.outcome);
            });
            if (t.score && ft?.score) {
              expect(ft.score.min).toBeGreaterThanOrEqual(t.score.min);
              expect(ft.score.max).toBeLessThanOrEqual(t.score.max);
            }
            if (t.verdict !== "undetermined") expect(ft?.verdict).toBe(t.verdict);
          });
        },
      ),
      boundedRuns(400),
    );
  });
});
