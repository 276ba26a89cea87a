import { describe, expect, it } from "vitest";
import { baseFacts } from "../cases/base";
import { evaluateWith } from "../evaluate";
import { isIsoDate } from "../facts/fields";
import type { EvaluationResult } from "../output/types";
import { buildMiit2018, buildMiit2022, buildMiit2026 } from "../rulesets/build";
import { miit2018Params } from "./miit-2018";
import { miit2022Params } from "./miit-2022";
import { miit2026Params } from "./miit-2026";
import { isParam, isSource, type Source } from "./types";

function sources(x: unknown, path = ""): [string, Source][] {
  if (isSource(x)) return [[path, x]];
  if (typeof x !== "object" || x === null) return [];
  return Object.entries(x).flatMap(([k, v]) => sources(v, path ? `${path}.${k}` : k));
}

const outcome = (r: EvaluationResult, tier: string, id: string) =>
  r.tiers.find((t) => t.id === tier)?.criteria.find((c) => c.id === id)?.outcome;

describe("parameters", () => {
  it.each([
    ["miit-2026", miit2026Params],
    ["miit-2022", miit2022Params],
    ["miit-2018", miit2018Params],
  ])("%s: every entry carries value, unit, reference, confidence and dates", (_id, params) => {
    const found = sources(params);
    expect(found.length).toBeGreaterThan(20);
    for (const [path, s] of found) {
      expect(["confirmed", "secondary", "recall"], path).toContain(s.confidence);
      expect(isIsoDate(s.effectiveFrom), path).toBe(true);
      expect(s.checkedOn, path).toBe("2026-11-21");
      expect(s.reference.instrument, path).toMatch(/〔\d{4}〕\d+号$/);
      expect(s.reference.clause["zh-CN"] && s.reference.clause.en, path).toBeTruthy();
      if (isParam(s)) expect(s.unit, path).toBeTruthy();
    }
  });

  it("carries the confidence criteria.md gives", () => {
    // The 2011 size standard is its own instrument, cited by every rule set.
    const own = (path: string) => !path.includes("standard.") && !path.includes("sizeRule");
    for (const [path, s] of sources(miit2018Params)) if (own(path)) expect(s.confidence, path).toBe("recall");
    for (const [path, s] of sources(miit2026Params)) if (own(path)) expect(s.confidence, path).toBe("secondary");
    const lg = miit2022Params.littleGiant;
    expect(lg["lg.niche-years"].minYears.confidence).toBe("recall");
    expect(lg["lg.growth"].minGrowth.confidence).toBe("recall");
    expect(lg["lg.debt-ratio"].maxRatio.confidence).toBe("recall");
    expect(lg["lg.market-share"].minShare.confidence).toBe("recall");
    expect(lg["lg.main-business-share"].minShare.confidence).toBe("confirmed");
    expect(miit2022Params.innovativeSme["ism.score"].rdIntensityBands.confidence).toBe("recall");
    expect(miit2022Params.innovativeSme["ism.score"].passMark.confidence).toBe("confirmed");
    expect(miit2022Params.specializedSme["ssme.score-or-direct"].directEquityFinancing2y.confidence).toBe("recall");
    expect(miit2022Params.specializedSme["ssme.rd"].minIntensity.confidence).toBe("secondary");
  });

  it("reports the weakest confidence of what a criterion uses", () => {
    const r = evaluateWith(buildMiit2022(miit2022Params), baseFacts);
    const conf = (tier: string, id: string) =>
      r.tiers.find((t) => t.id === tier)?.criteria.find((c) => c.id === id)?.confidence;
    expect(conf("innovative-sme", "ism.direct")).toBe("confirmed");
    expect(conf("innovative-sme", "ism.score")).toBe("recall");
    expect(conf("little-giant", "lg.main-business-share")).toBe("confirmed");
    expect(conf("little-giant", "lg.niche-years")).toBe("recall");
    expect(conf("specialized-sme", "ssme.rd")).toBe("secondary");
    expect(conf("specialized-sme", "ssme.score-or-direct")).toBe("recall");
  });
});

describe("a threshold is a data edit", () => {
  it("raising the 2026 Little Giant revenue threshold changes the outcome, with no logic change", () => {
    const edited = structuredClone(miit2026Params);
    edited.littleGiant["lg.revenue"].minRevenue.value = 13000;
    const before = evaluateWith(buildMiit2026(miit2026Params, miit2022Params), baseFacts, "en");
    const after = evaluateWith(buildMiit2026(edited, miit2022Params), baseFacts, "en");
    expect(outcome(before, "little-giant", "lg.revenue")).toBe("met");
    expect(outcome(after, "little-giant", "lg.revenue")).toBe("not_met");
    const c = after.tiers[2]?.criteria.find((x) => x.id === "lg.revenue");
    expect(c?.explanation).toContain("13000");
    expect(c?.thresholds.minRevenue?.value).toBe(13000);
    expect(c?.gap?.message).toBe("Operating revenue in 2025 must rise by 1000.0 万元 to reach 13000 万元");
    expect(miit2026Params.littleGiant["lg.revenue"].minRevenue.value).toBe(5000);
  });

  it("a score band, a list and a size ceiling are data too", () => {
    const p22 = structuredClone(miit2022Params);
    p22.innovativeSme["ism.score"].passMark.value = 96;
    p22.littleGiant["lg.innovation"].minClassOne.value = 10;
    p22.littleGiant.common["common.sme-size"].standard.industry.ceiling.value = { employees: 200, revenue: 10000 };
    const r = evaluateWith(buildMiit2022(p22), baseFacts);
    expect(outcome(r, "innovative-sme", "ism.score")).toBe("not_met");
    expect(outcome(r, "little-giant", "lg.innovation")).toBe("not_met");
    expect(outcome(r, "little-giant", "common.sme-size")).toBe("not_met");

    const p18 = structuredClone(miit2018Params);
    p18.littleGiant["lg.rd-institution"].institutions.value = ["national"];
    expect(outcome(evaluateWith(buildMiit2018(p18), baseFacts), "little-giant", "lg.rd-institution")).toBe("not_met");
    expect(outcome(evaluateWith(buildMiit2018(miit2018Params), baseFacts), "little-giant", "lg.rd-institution")).toBe(
      "met",
    );
  });
});
