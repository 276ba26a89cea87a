import { describe, expect, it } from "vitest";
import { baseFacts } from "../cases/base";
import { patch } from "../cases/types";
import { evaluate } from "../evaluate";
import type { Facts } from "../facts/schema";
import type { RulesetId } from "../types";
import { confidenceLevels, figureUse, metFacts, notAsked } from "./figure-notes";

const facts = (over: unknown) => patch<Facts>(baseFacts, over);
const read = (f: unknown) => (path: string) =>
  path
    .split(".")
    .reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), f);
const criterion = (f: Facts, ruleset: RulesetId, tier: string, id: string) => {
  const c = evaluate(f, { ruleset })
    .tiers.find((t) => t.id === tier)
    ?.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`${ruleset} ${tier} ${id}`);
  return c;
};

describe("questions not asked", () => {
  // Equity financing is asked only below the Little Giant's lowest revenue class.
  const high = { finance: { revenue: { y1: 12000 }, equityFinancing2y: undefined } };

  it("tells a question never shown from one answered don't know", () => {
    expect(notAsked("finance.equityFinancing2y", read(facts(high)))).toBe(true);
    expect(notAsked("finance.equityFinancing2y", read(facts({ finance: { revenue: { y1: 3000 } } })))).toBe(false);
    const dontKnow = facts({ finance: { revenue: { y1: 3000 }, equityFinancing2y: null } });
    expect(notAsked("finance.equityFinancing2y", read(dontKnow))).toBe(false);
    // Last year's score is asked only for a review.
    expect(
      notAsked("scores.developmentPrev", read(facts({ review: false, scores: { developmentPrev: undefined } }))),
    ).toBe(true);
    expect(notAsked("scores.developmentPrev", read(facts({ review: true, scores: { developmentPrev: null } })))).toBe(
      false,
    );
  });

  it("calls a figure with an answer asked, and questions without a condition always asked", () => {
    expect(notAsked("finance.equityFinancing2y", read(facts({ finance: { equityFinancing2y: 500 } })))).toBe(false);
    expect(notAsked("finance.revenue.y1", read(facts({ finance: { revenue: { y1: null } } })))).toBe(false);
    expect(notAsked("debtRatio", read(facts({ finance: { totalAssets: null } })))).toBe(false);
  });
});

describe("a met criterion with failed routes", () => {
  it("names the certificate that met the innovative SME's direct route", () => {
    const c = criterion(facts({}), "miit-2022", "innovative-sme", "ism.direct");
    expect(c.outcome).toBe("met");
    const met = metFacts(c);
    expect(met).toContainEqual({ kind: "fact", name: "titles.highTech", value: true });
    expect(met).toContainEqual({ kind: "fact", name: "innovation.rdInstitution", value: "provincial" });
    // The failed option (no equity financing) is not among the facts that met it.
    expect(met.map((m) => m.name)).not.toContain("finance.equityFinancing3y");
    expect(met.map((m) => m.name)).not.toContain("titles.otherInnovationHonour");
  });

  it("shows the score that met the provincial score-or-direct criterion", () => {
    const c = criterion(facts({}), "miit-2022", "specialized-sme", "ssme.score-or-direct");
    expect(c.outcome).toBe("met");
    const score = metFacts(c).find((m) => m.kind === "score");
    expect(score).toMatchObject({ name: "score" });
    expect(score && score.kind === "score" && score.min >= 60).toBe(true);
  });

  it("says nothing extra when every part was met or the criterion failed", () => {
    expect(metFacts(criterion(facts({}), "miit-2026", "little-giant", "lg.prior-title"))).toEqual([]);
    const failed = facts({ titles: { highTech: false }, innovation: { rdInstitution: "none", scienceAward: "none" } });
    expect(criterion(failed, "miit-2022", "innovative-sme", "ism.direct").outcome).toBe("not_met");
    expect(metFacts(criterion(failed, "miit-2022", "innovative-sme", "ism.direct"))).toEqual([]);
  });
});

describe("what each growth figure is used for", () => {
  it("names the score item or the bound of the criterion that reads it", () => {
    const f = facts({});
    expect(figureUse(criterion(f, "miit-2022", "innovative-sme", "ism.score"), "mainRevenueGrowthY1")).toEqual({
      kind: "score",
      group: "growth",
      item: "mainRevenueGrowth",
    });
    expect(
      figureUse(criterion(f, "miit-2022", "specialized-sme", "ssme.score-or-direct"), "mainRevenueGrowthAvg2y"),
    ).toEqual({ kind: "score", group: "specialisation", item: "mainRevenueGrowth2y" });
    expect(figureUse(criterion(f, "miit-2022", "little-giant", "lg.growth"), "mainRevenueGrowthAvg2y")).toEqual({
      kind: "threshold",
      op: "≥",
      value: 5,
    });
    expect(figureUse(criterion(f, "miit-2026", "little-giant", "lg.growth"), "revenueCagr2y")).toEqual({
      kind: "threshold",
      op: "≥",
      value: 5,
    });
    expect(figureUse(criterion(f, "miit-2026", "little-giant", "lg.debt-ratio"), "debtRatio")).toEqual({
      kind: "threshold",
      op: "≤",
      value: 75,
    });
  });

  it("maps only to score items the score has", () => {
    const f = facts({});
    for (const [ruleset, tier, id] of [
      ["miit-2022", "innovative-sme", "ism.score"],
      ["miit-2022", "specialized-sme", "ssme.score-or-direct"],
    ] as const) {
      const t = evaluate(f, { ruleset }).tiers.find((x) => x.id === tier)!;
      const c = t.criteria.find((x) => x.id === id)!;
      for (const s of c.trace.filter((x) => x.kind === "derived")) {
        const use = figureUse(c, s.name);
        if (use?.kind !== "score") continue;
        expect(t.score?.groups[use.group]?.items[use.item], `${id} ${s.name}`).toBeDefined();
      }
    }
  });
});

describe("confidence notes", () => {
  it("lists each level once, with how many criteria carry it", () => {
    const e = evaluate(facts({}), { ruleset: "miit-2026" });
    const levels = confidenceLevels(e.tiers);
    const all = e.tiers.flatMap((t) => t.criteria);
    expect(new Set(levels.map((l) => l.level)).size).toBe(levels.length);
    expect(levels.map((l) => l.level)).toEqual(
      (["secondary", "recall", "confirmed"] as const).filter((l) => all.some((c) => c.confidence === l)),
    );
    expect(levels.reduce((n, l) => n + l.count, 0)).toBe(all.length);
    expect(confidenceLevels([{ criteria: [{ confidence: "recall" }, { confidence: "recall" }] }])).toEqual([
      { level: "recall", count: 2 },
    ]);
  });
});

describe("a figure tested against bounds of branches not yet decided", () => {
  it("names no single bound", () => {
    const c = {
      id: "lg.classified" as const,
      trace: [
        { kind: "test" as const, name: "rdIntensityY1", formula: "rdIntensityY1 >= 3", inputs: {}, value: "met" },
        { kind: "test" as const, name: "rdIntensityY1", formula: "rdIntensityY1 >= 6", inputs: {}, value: "not_met" },
      ],
    };
    expect(figureUse(c, "rdIntensityY1")).toBeNull();
    expect(figureUse({ ...c, trace: [c.trace[0]!, c.trace[0]!] }, "rdIntensityY1")).toEqual({
      kind: "threshold",
      op: "≥",
      value: 3,
    });
  });
});
