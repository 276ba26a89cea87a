import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import {
  CHAIN_ROLES,
  CYBER_FIELDS,
  INDUSTRY_TRACKS,
  MAKER_CHINA,
  RD_INSTITUTIONS,
  SCIENCE_AWARDS,
  SIX_FOUNDATIONS,
  TEN_SECTORS,
} from "./facts/enums";
import { parseFacts } from "./facts/parse";
import type { Facts } from "./facts/schema";
import { terms } from "./labels";
import { any } from "./logic";
import type { CriterionResult, EvaluationResult } from "./output/types";
import { PROVINCE_CODES } from "./provinces";
import { OUTCOMES, RULESET_IDS, VERDICTS, type Outcome, type Verdict } from "./types";
import { USCC_ALPHABET, usccCheckChar } from "./uscc";

// Random valid facts, with nulls and missing keys, against the engine's invariants.

const nul = <T>(a: fc.Arbitrary<T>, nullable: boolean) => (nullable ? fc.option(a, { nil: null, freq: 4 }) : a);

function factsArb(nullable: boolean): fc.Arbitrary<Facts> {
  const n = <T>(a: fc.Arbitrary<T>) => nul(a, nullable);
  const rec = <T extends Record<string, fc.Arbitrary<unknown>>>(m: T) =>
    nullable ? fc.record(m, { requiredKeys: [] }) : fc.record(m);
  const amount = fc.oneof(
    fc.integer({ min: 0, max: 60000 }),
    fc.double({ min: 0, max: 300000, noNaN: true, noDefaultInfinity: true }),
  );
  const money = n(amount);
  const count = (max: number) => n(fc.integer({ min: 0, max }));
  const flag = n(fc.boolean());
  const pct = n(fc.double({ min: 0, max: 100, noNaN: true }));
  const uscc = fc
    .array(fc.constantFrom(...USCC_ALPHABET), { minLength: 17, maxLength: 17 })
    .map((cs) => cs.join("") + (usccCheckChar(cs.join("")) ?? "0"));
  const industry = fc
    .tuple(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRST"), fc.integer({ min: 10, max: 9999 }))
    .map(([l, d]) => `${l}${String(d).padStart(d < 100 ? 2 : d < 1000 ? 3 : 4, "0")}`);
  const date = fc
    .date({ min: new Date("1990-01-01"), max: new Date("2026-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const raw = rec({
    assessmentYear: n(fc.integer({ min: 2019, max: 2030 })),
    review: flag,
    company: rec({
      name: n(fc.string()),
      uscc: n(uscc),
      province: n(fc.constantFrom(...PROVINCE_CODES)),
      industryCode: n(industry),
      legalPerson: flag,
      foundedOn: n(date),
    }),
    standing: rec({ abnormalList: flag, dishonestList: flag, restrictedProducts: flag, majorIncident3y: flag }),
    titles: rec({
      innovativeSme: flag,
      specializedSme: flag,
      highTech: flag,
      singleItemChampion: flag,
      affiliatedWithLittleGiant: flag,
    }),
    finance: rec({
      revenue: rec({ y1: money, y2: money, y3: money }),
      netProfit: rec({
        y1: n(fc.integer({ min: -5000, max: 20000 })),
        y2: n(fc.integer({ min: -5000, max: 20000 })),
        y3: n(fc.integer({ min: -5000, max: 20000 })),
      }),
      totalAssets: money,
      rdExpense: rec({ y1: money, y2: money }),
      equityFinancing2y: money,
      equityFinancing3y: money,
    }),
    people: rec({ employees: count(3000) }),
    market: rec({
      nicheYears: count(30),
      shareDomestic: pct,
      shareInternational: pct,
      nationalRank: n(fc.integer({ min: 1, max: 50 })),
      ownBrand: flag,
    }),
    ip: rec({ classOne: count(20), classTwo: count(40), inventionPatents: count(20) }),
    innovation: rec({
      rdInstitution: n(fc.constantFrom(...RD_INSTITUTIONS)),
      scienceAward: n(fc.constantFrom(...SCIENCE_AWARDS)),
      makerChina: n(fc.constantFrom(...MAKER_CHINA)),
    }),
    management: rec({
      digitalLevel: count(4),
      coreProcessOnInfoSystem: flag,
      qualityCertification: flag,
      overseasProductCertification: flag,
      qualityAward: flag,
      standardsDrafted: flag,
      timeHonouredBrand: flag,
    }),
    field: rec({
      sixFoundations: n(fc.subarray([...SIX_FOUNDATIONS])),
      tenSectors: n(fc.subarray([...TEN_SECTORS])),
      cyberFields: n(fc.subarray([...CYBER_FIELDS])),
      industryTrack: n(fc.constantFrom(...INDUSTRY_TRACKS)),
      strategicEmerging: flag,
      keyChainLink: flag,
      chainRoles: n(fc.subarray([...CHAIN_ROLES])),
      suppliesChainLeader: flag,
    }),
    scores: rec({
      development: n(fc.double({ min: 0, max: 100, noNaN: true })),
      developmentPrev: n(fc.integer({ min: 0, max: 100 })),
      provincialLocal: n(fc.double({ min: 0, max: 15, noNaN: true })),
    }),
  });
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
        expect(terms.en.metrics[g.metric.replace(/\.y[12]$/, "")], g.metric).toBeTruthy();
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
      { numRuns: 300 },
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
      { numRuns: 600 },
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
      { numRuns: 400 },
    );
  });
});
