import { describe, expect, it } from "vitest";
import { evaluateCore, localize, parseFacts, type Locale } from "@/lib/criteria";
import type { Answers } from "@/lib/questionnaire/answers";
import { buildPlan, type Action, type PlanTier } from "./plan";
import { germaniumFirm, smallFirm, vagueFirm } from "./testing/firms";

const today = "2026-12-02";

function planOf(answers: Answers, locale: Locale = "zh-CN", ruleset?: "miit-2022") {
  const facts = parseFacts(answers, locale);
  if (!facts.ok) throw new Error("invalid test facts");
  const evaluation = localize(evaluateCore(facts.facts, ruleset ? { ruleset } : { today }), locale);
  return buildPlan(evaluation, answers, 2026);
}

const tierOf = (tiers: PlanTier[], id: string) => tiers.find((t) => t.tier === id)!;
const ids = (t: PlanTier) =>
  t.steps.map((s) => (s.kind === "do" ? s.action.criterion.id : s.options.map((o) => o.criterion.id)));
const messages = (a: Action) => [...a.musts, ...a.routes.flat()].map((g) => g.message);

describe("the plan of a failing firm (120万元 of revenue, no titles)", () => {
  const plan = planOf(smallFirm);

  it("starts at the first title not held and keeps the ladder's order", () => {
    expect(plan.startsAt).toBe("innovative-sme");
    expect(plan.tiers.map((t) => t.tier)).toEqual(["innovative-sme", "specialized-sme", "little-giant"]);
  });

  it("offers the base tier's routes as one 'any of' group, the nearest first", () => {
    const base = tierOf(plan.tiers, "innovative-sme");
    expect(base.steps).toHaveLength(1);
    const group = base.steps[0]!;
    expect(group.kind).toBe("anyOf");
    if (group.kind !== "anyOf") return;
    // The score is 10 of 20 points away (half); the equity route 500 of 500 万元 (all of it); the
    // tech-SME listing has no number and comes last.
    expect(group.options.map((o) => o.criterion.id)).toEqual(["ism.score", "ism.direct", "ism.tech-sme"]);
    const direct = group.options[1]!;
    // Equity financing is one route among the direct ones (honours have no number): never a must.
    expect(direct.musts).toEqual([]);
    expect(direct.routes.flat().map((g) => g.metric)).toEqual(["finance.equityFinancing3y"]);
    expect(direct.otherRoutes).toBe(true);
  });

  it("puts the title below first in each tier, then the gaps nearest first", () => {
    for (const tier of ["specialized-sme", "little-giant"]) {
      const t = tierOf(plan.tiers, tier);
      const first = t.steps[0]!;
      expect(first.kind === "do" && first.action.criterion.id).toBe(
        tier === "little-giant" ? "lg.prior-title" : "ssme.prior-title",
      );
      const distances = t.steps.slice(1).map((s) => (s.kind === "do" ? s.action.distance : s.options[0]!.distance));
      expect(distances).toEqual([...distances].sort((a, b) => (a ?? Infinity) - (b ?? Infinity)));
    }
  });

  it("names the years of a two-year requirement and keeps every R&D figure in view", () => {
    const lg = tierOf(plan.tiers, "little-giant");
    const intensity = lg.steps.find((s) => s.kind === "do" && s.action.criterion.id === "lg.rd-intensity");
    expect(intensity?.kind === "do" && intensity.action.years).toEqual([2024, 2025]);
    const total = lg.steps.find((s) => s.kind === "do" && s.action.criterion.id === "lg.rd-total");
    expect(total?.kind === "do" && messages(total.action)).toEqual([
      "近2年研发费用总额需增加 1,197 万元才能达到 1,200 万元",
    ]);
    // The provincial tier's larger R&D amounts close the Little Giant's intensity gaps of the same years.
    expect(intensity?.kind === "do" && intensity.coveredBy?.id).toBe("ssme.rd");
  });

  it("gives an IP route that an award could replace as 'any of', not as a must", () => {
    const lg = tierOf(plan.tiers, "little-giant");
    const ip = lg.steps.find((s) => s.kind === "do" && s.action.criterion.id === "lg.ip");
    expect(ip?.kind).toBe("do");
    if (ip?.kind !== "do") return;
    expect(ip.action.musts).toEqual([]);
    expect(ip.action.routes).toHaveLength(1);
    expect(ip.action.otherRoutes).toBe(true);
  });

  it("dates each title after the one below and after the years its figures need", () => {
    const years = plan.tiers.map((t) => t.earliest?.year);
    // The score is last year's: 2027 at the earliest. The provincial title needs the base title
    // first and three niche years (one now); two more years of R&D. The Little Giant comes after.
    expect(years).toEqual([2027, 2028, 2029]);
    // Only the reasons that set the year are given.
    const ssme = tierOf(plan.tiers, "specialized-sme").earliest!.reasons;
    expect(ssme).toContainEqual({ kind: "title", tier: "innovative-sme", year: 2027 });
    expect(ssme).toContainEqual(expect.objectContaining({ kind: "years", years: 2 }));
    expect(ssme).toContainEqual(expect.objectContaining({ kind: "figures", fiscalYears: 2 }));
    expect(ssme.some((r) => r.kind === "figures" && r.fiscalYears === 1)).toBe(false);
  });

  it("counts unknowns and reviewer-judged criteria apart from the gaps", () => {
    const ssme = tierOf(plan.tiers, "specialized-sme");
    expect(ssme.manual.map((m) => m.id)).toEqual(["ssme.market-share"]);
  });
});

describe("the plan of a firm with many unknown answers", () => {
  const plan = planOf(vagueFirm);

  it("has nothing to do but names what waits for an answer, with the step that asks it", () => {
    expect(plan.startsAt).toBe("specialized-sme");
    for (const t of plan.tiers) expect(ids(t)).toEqual([]);
    const lg = tierOf(plan.tiers, "little-giant");
    expect(lg.verdict).toBe("undetermined");
    expect(lg.unknown.map((u) => u.id)).toEqual(
      expect.arrayContaining(["lg.prior-title", "lg.debt-ratio", "lg.market-position", "lg.development-score"]),
    );
    const debt = lg.unknown.find((u) => u.id === "lg.debt-ratio")!;
    expect(debt.missing).toEqual(
      expect.arrayContaining([
        { path: "finance.totalAssets", step: "finance" },
        { path: "finance.totalLiabilities", step: "finance" },
      ]),
    );
  });
});

describe("the plan of a germanium-like Little Giant", () => {
  const plan = planOf(germaniumFirm);

  it("says the provincial tier waits for a reviewer's judgement of the market share", () => {
    const ssme = tierOf(plan.tiers, "specialized-sme");
    expect(ssme.held).toBe(true);
    expect(ssme.verdict).toBe("undetermined");
    expect(ssme.manual.map((m) => m.label)).toEqual(["细分市场占有率"]);
    expect(plan.startsAt).toBe("little-giant");
    expect(tierOf(plan.tiers, "little-giant").earliest?.year).toBe(2026);
  });

  it("is worded in the reader's language", () => {
    const en = planOf(germaniumFirm, "en");
    expect(tierOf(en.tiers, "specialized-sme").manual[0]?.label).toMatch(/market share/i);
  });
});

describe("folding", () => {
  it("folds a gap into a larger one of the same metric in the same tier", () => {
    const gap = (shortfall: number) => ({
      metric: "finance.rdExpense.y1",
      actual: 100,
      required: 100 + shortfall,
      shortfall,
      unit: "万元" as const,
      message: `2025年研发费用需增加 ${shortfall} 万元`,
      target: { value: 100 + shortfall, unit: "万元" as const },
    });
    const criterion = (id: string, shortfall: number) => ({
      id,
      outcome: "not_met",
      label: id,
      reference: "",
      confidence: "secondary",
      values: {},
      gap: gap(shortfall),
      explanation: "",
      gaps: [gap(shortfall)],
      thresholds: {},
      trace: [],
    });
    const evaluation = {
      ruleset: { id: "miit-2026", title: "", effectiveFrom: "2026-04-01", effectiveTo: null },
      locale: "zh-CN",
      tiers: [
        {
          id: "little-giant",
          verdict: "not_eligible",
          title: "小巨人",
          alternatives: [],
          criteria: [criterion("lg.rd-intensity", 2), criterion("lg.rd-total", 98)],
        },
      ],
    } as unknown as Parameters<typeof buildPlan>[0];
    const [lg] = buildPlan(evaluation, {}, 2026).tiers;
    expect(lg!.steps).toHaveLength(1);
    const only = lg!.steps[0]!;
    expect(only.kind === "do" && only.action.criterion.id).toBe("lg.rd-total");
    expect(only.kind === "do" && only.action.folded.map((f) => f.id)).toEqual(["lg.rd-intensity"]);
  });
});
