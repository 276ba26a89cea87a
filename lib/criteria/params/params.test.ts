import { describe, expect, it } from "vitest";
import { baseFacts } from "../cases/base";
import { evaluateWith } from "../evaluate";
import { isIsoDate } from "../facts/fields";
import type { EvaluationResult } from "../output/types";
import { buildMiit2018, buildMiit2022, buildMiit2026 } from "../rulesets/build";
import { miit2018Params } from "./miit-2018";
import { miit2020Params } from "./miit-2020";
import { miit2022Params } from "./miit-2022";
import { miit2026Params } from "./miit-2026";
import { chinaToday } from "../today";
import { rulesets } from "../rulesets/catalog";
import { innovativeSmeSeries } from "./data/innovative-sme";
import { littleGiantSeries } from "./data/little-giant";
import { littleGiantInnovationSeries } from "./data/little-giant-innovation";
import { specializedSmeSeries } from "./data/specialized-sme";
import { repeal, series, v, valueAt, type Series } from "./series";

const isSeries = (x: unknown): x is Series<unknown> =>
  typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "series";
import { smeSizeStandardSeries } from "./sme-size-standard";
import * as instruments from "./instruments";

const INSTRUMENT_DOCS = Object.values(instruments).map((i) => i.doc);
import { isParam, isSource, type Source } from "./types";

function sources(x: unknown, path = ""): [string, Source][] {
  if (isSource(x)) return [[path, x]];
  if (typeof x !== "object" || x === null) return [];
  return Object.entries(x).flatMap(([k, v]) => sources(v, path ? `${path}.${k}` : k));
}

const outcome = (r: EvaluationResult, tier: string, id: string) =>
  r.tiers.find((t) => t.id === tier)?.criteria.find((c) => c.id === id)?.outcome;

const isoDay = (s: string) => isIsoDate(s);

/** Every dated value of every series in a tree of series. */
function datedValues(x: unknown, path = ""): [string, Series<unknown>["values"][number]][] {
  if (isSeries(x)) return x.values.map((d) => [path, d]);
  if (typeof x !== "object" || x === null) return [];
  return Object.entries(x).flatMap(([k, v]) => datedValues(v, path ? `${path}.${k}` : k));
}

describe("parameters as dated series", () => {
  const allSeries = { innovativeSmeSeries, specializedSmeSeries, littleGiantSeries, littleGiantInnovationSeries };
  const all = [...datedValues(allSeries), ...datedValues(smeSizeStandardSeries, "size")];

  it("give every dated value its date, reference, confidence and own checked date", () => {
    expect(all.length).toBeGreaterThan(100);
    for (const [path, d] of all) {
      expect(isoDay(d.from), path).toBe(true);
      expect(isoDay(d.checkedOn), path).toBe(true);
      expect(d.checkedOn <= chinaToday(), `${path} checked in the future`).toBe(true);
      expect(INSTRUMENT_DOCS, path).toContain(d.reference.instrument);
      expect(d.reference.clause["zh-CN"] && d.reference.clause.en, path).toBeTruthy();
      if (d.reference.url) expect(d.reference.url, path).toMatch(/^https?:\/\/[^\s]+$/);
      if (!("repealed" in d)) expect(["confirmed", "secondary", "recall"], path).toContain(d.confidence);
    }
  });

  it.each([
    ["miit-2026", miit2026Params],
    ["miit-2022", miit2022Params],
    ["miit-2020", miit2020Params],
    ["miit-2018", miit2018Params],
  ])("%s takes, for each criterion, only values that took effect with or after its clause", (id, params) => {
    const from = rulesets.find((r) => r.id === id)!.effectiveFrom;
    for (const [tier, entries] of Object.entries(params)) {
      if (typeof entries !== "object") continue;
      for (const [criterion, entry] of Object.entries(entries as Record<string, Record<string, unknown>>)) {
        const clause = entry.basis as Source | undefined;
        for (const [name, x] of Object.entries(entry)) {
          if (!isParam(x)) continue;
          expect(x.effectiveFrom <= from, `${tier} ${criterion}.${name}`).toBe(true);
          // A value older than its criterion's clause was left over from an earlier rule set.
          if (clause)
            expect(x.effectiveFrom >= clause.effectiveFrom, `${tier} ${criterion}.${name} is stale`).toBe(true);
        }
      }
    }
  });

  it("carries the confidence criteria.md gives", () => {
    // The 2011 size standard is its own instrument, cited by every rule set.
    const own = (path: string) => !path.includes("standard.") && !path.includes("sizeRule");
    // miit-2018: `secondary` where reports of 381号 quote it (the window, the growth, the rank), else `recall`.
    const quoted18 = ["lg.revenue-window", "lg.growth", "lg.market-share"];
    for (const [path, s] of sources(miit2018Params)) {
      if (!own(path)) continue;
      const quoted = quoted18.some((id) => path.includes(`${id}.`));
      expect(s.confidence, path).toBe(quoted ? "secondary" : "recall");
    }
    for (const tier of [miit2020Params.littleGiant, miit2026Params.specializedSme, miit2026Params.littleGiant])
      for (const [path, s] of sources(tier)) if (own(path)) expect(s.confidence, path).toBe("secondary");
    const lg = miit2022Params.littleGiant;
    expect(lg["lg.niche-years"].minYears.confidence).toBe("secondary");
    expect(lg["lg.growth"].minGrowth.confidence).toBe("secondary");
    expect(lg["lg.debt-ratio"].maxRatio.confidence).toBe("secondary");
    expect(lg["lg.market-share"].minShare.confidence).toBe("secondary");
    expect(lg["lg.main-business-share"].minShare.confidence).toBe("confirmed");
    expect(lg["lg.chain"].basis.confidence).toBe("recall");
    const ism = miit2022Params.innovativeSme["ism.score"];
    for (const bands of [ism.rdIntensityBands, ism.mainRevenueGrowthBands, ism.debtRatioBands, ism.mainShareBands])
      expect(bands.confidence).toBe("secondary");
    expect(ism.passMark.confidence).toBe("confirmed");
    const sd = miit2022Params.specializedSme["ssme.score-or-direct"];
    expect(sd.directEquityFinancing2y.confidence).toBe("secondary");
    expect(sd.directNationalAwardMaxRank).toMatchObject({ value: 5, confidence: "secondary", checkedOn: "2026-12-02" });
    expect(miit2022Params.specializedSme["ssme.rd"].minIntensity.confidence).toBe("secondary");
    const size = miit2022Params.littleGiant.common["common.sme-size"].standard.industry;
    expect([size.ceiling.confidence, size.medium.confidence, size.small.confidence]).toEqual([
      "confirmed",
      "secondary",
      "secondary",
    ]);
    // The base tier of miit-2026 is the 2022 standard, still in force.
    expect(miit2026Params.innovativeSme["ism.score"].passMark).toEqual(
      miit2022Params.innovativeSme["ism.score"].passMark,
    );
  });

  it("cites the copy read for each corrected clause (criteria.md section 6)", () => {
    const ism = miit2022Params.innovativeSme["ism.score"].mainRevenueGrowthBands;
    expect(ism.reference.url).toBe("http://www.fyss.com.cn/p-article_detail/id-3331.html");
    expect(miit2022Params.specializedSme["ssme.score-or-direct"].directNationalAwardMaxRank.reference.url).toBe(
      "http://hedong.gov.cn/info/11215/153917.htm",
    );
    expect(miit2020Params.littleGiant["lg.growth"].minGrowth.reference.url).toBe(
      "http://www.1183118.com/zmhd/zczx/gyhxxh/content/post_4503011.html",
    );
    expect(miit2018Params.littleGiant["lg.revenue-window"].maxRevenue).toMatchObject({ value: 40000, unit: "万元" });
  });

  it("reports the weakest confidence of what a criterion uses", () => {
    const r = evaluateWith(buildMiit2022(miit2022Params), baseFacts);
    const conf = (tier: string, id: string) =>
      r.tiers.find((t) => t.id === tier)?.criteria.find((c) => c.id === id)?.confidence;
    expect(conf("innovative-sme", "ism.direct")).toBe("confirmed");
    expect(conf("innovative-sme", "ism.score")).toBe("secondary");
    expect(conf("little-giant", "lg.main-business-share")).toBe("confirmed");
    expect(conf("little-giant", "lg.niche-years")).toBe("secondary");
    expect(conf("little-giant", "lg.chain")).toBe("recall");
    expect(conf("specialized-sme", "ssme.rd")).toBe("secondary");
    expect(conf("specialized-sme", "ssme.score-or-direct")).toBe("secondary");
  });

  it("takes the value in force on a date, and none before the first or after a repeal", () => {
    const s = series(
      "%",
      v(10, { reference: ref, from: "2018-11-26" }, "recall", "2026-11-21"),
      v(5, { reference: ref, from: "2020-07-01" }, "secondary", "2026-11-21"),
      repeal({ reference: ref, from: "2026-04-01" }, "2026-11-21"),
    );
    expect(valueAt(s, "2018-11-25")).toBeUndefined();
    expect(valueAt(s, "2018-11-26")?.value).toBe(10);
    expect(valueAt(s, "2020-06-30")?.value).toBe(10);
    expect(valueAt(s, "2022-06-01")?.value).toBe(5);
    expect(valueAt(s, "2026-04-01")).toBeUndefined();
    expect(() =>
      series(
        "%",
        v(5, { reference: ref, from: "2020-07-01" }, "recall", "2026-11-21"),
        v(10, { reference: ref, from: "2018-11-26" }, "recall", "2026-11-21"),
      ),
    ).toThrow(/order/);
  });
});

const ref = { instrument: "工信厅企业函〔2018〕381号", clause: { "zh-CN": "条", en: "clause" } };

describe("a threshold is a data edit", () => {
  it("raising the 2026 Little Giant revenue threshold changes the outcome, with no logic change", () => {
    const edited = structuredClone(miit2026Params);
    edited.littleGiant["lg.revenue"].minRevenue.value = 13000;
    const before = evaluateWith(buildMiit2026(miit2026Params), baseFacts, "en");
    const after = evaluateWith(buildMiit2026(edited), baseFacts, "en");
    expect(outcome(before, "little-giant", "lg.revenue")).toBe("met");
    expect(outcome(after, "little-giant", "lg.revenue")).toBe("not_met");
    const c = after.tiers[2]?.criteria.find((x) => x.id === "lg.revenue");
    expect(c?.explanation).toContain("13,000");
    expect(c?.thresholds.minRevenue?.value).toBe(13000);
    expect(c?.gap?.message).toBe("Operating revenue in 2025 must rise by 1,000 万元 to reach 13,000 万元");
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
