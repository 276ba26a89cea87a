import { describe, expect, it } from "vitest";
import { aggregateInsights } from "./aggregate";
import { binsOf } from "./bins";
import { metricThresholds } from "./thresholds";
import type { InsightRow } from "./types";

const row = (
  tiers: InsightRow["tiers"],
  notMet: InsightRow["notMet"],
  metrics: Partial<InsightRow["metrics"]> = {},
): InsightRow => ({
  tiers,
  notMet,
  metrics: { rdIntensity: null, mainShare: null, debtRatio: null, revenue: null, ...metrics },
});

const rows: InsightRow[] = [
  row(
    { "innovative-sme": "eligible", "specialized-sme": "eligible", "little-giant": "eligible" },
    {},
    { rdIntensity: 6, mainShare: 95, debtRatio: 40, revenue: 12000 },
  ),
  row(
    { "innovative-sme": "eligible", "specialized-sme": "not_eligible", "little-giant": "not_eligible" },
    { "specialized-sme": ["ssme.rd", "ssme.scale"], "little-giant": ["lg.revenue", "lg.prior-title"] },
    { rdIntensity: 2.5, mainShare: 80, debtRatio: 80, revenue: 1000 },
  ),
  row(
    { "innovative-sme": "undetermined", "specialized-sme": "not_eligible", "little-giant": "undetermined" },
    { "specialized-sme": ["ssme.rd"] },
    { rdIntensity: 3, mainShare: 79.99, debtRatio: 80.01 },
  ),
  // A 2020 rule-set firm: the Little Giant tier only.
  row({ "little-giant": "eligible" }, {}, { revenue: 5000 }),
];

describe("aggregateInsights (miit-2026 thresholds)", () => {
  const figures = aggregateInsights(rows, "miit-2026");

  it("counts each tier's verdicts, with the tiers a rule set lacks apart", () => {
    expect(figures.total).toBe(4);
    expect(figures.tiers["innovative-sme"]).toEqual({ eligible: 2, not_eligible: 0, undetermined: 1, none: 1 });
    expect(figures.tiers["specialized-sme"]).toEqual({ eligible: 1, not_eligible: 2, undetermined: 0, none: 1 });
    expect(figures.tiers["little-giant"]).toEqual({ eligible: 2, not_eligible: 1, undetermined: 1, none: 0 });
  });

  it("counts the rungs reached: a tier or any higher one met", () => {
    expect(figures.funnel).toEqual({ "innovative-sme": 3, "specialized-sme": 2, "little-giant": 2 });
  });

  it("ranks the criteria not met, most often first, ties by id", () => {
    expect(figures.unmet["specialized-sme"]).toEqual([
      { criterion: "ssme.rd", count: 2 },
      { criterion: "ssme.scale", count: 1 },
    ]);
    expect(figures.unmet["little-giant"]).toEqual([
      { criterion: "lg.prior-title", count: 1 },
      { criterion: "lg.revenue", count: 1 },
    ]);
    expect(figures.unmet["innovative-sme"]).toEqual([]);
  });

  it("places values in bars, each threshold an edge, and counts each side of every threshold", () => {
    const rd = figures.metrics.rdIntensity;
    expect(rd.known).toBe(3);
    expect(rd.unknown).toBe(1);
    // [2, 3) holds 2.5; [3, 4) holds 3 (a minimum's bar includes its lower edge); [6, 8) holds 6.
    const at = (lo: number) => rd.bins.find((b) => b.lo === lo)?.count;
    expect([at(2), at(3), at(6)]).toEqual([1, 1, 1]);
    expect(rd.thresholds.map((t) => [t.criterion, t.value, t.meets, t.misses])).toEqual([
      ["ssme.rd", 3, 2, 1],
      ["lg.rd-intensity", 3, 2, 1],
    ]);
    // Debt ratio meets a maximum: 80 is at the threshold and meets it; its bar is (60, 75]… (75, 80].
    const debt = figures.metrics.debtRatio;
    expect(debt.thresholds.map((t) => [t.criterion, t.meets, t.misses])).toEqual([
      ["ssme.debt-ratio", 2, 1],
      ["lg.debt-ratio", 1, 2],
    ]);
    expect(debt.bins.find((b) => b.lo === 75 && b.hi === 80)?.count).toBe(1);
    expect(debt.bins.find((b) => b.lo === 80)?.count).toBe(1);
    const share = figures.metrics.mainShare;
    expect(share.thresholds.map((t) => [t.value, t.meets, t.misses])).toEqual([
      [80, 2, 1],
      [90, 1, 2],
    ]);
    expect(figures.metrics.revenue.thresholds.map((t) => [t.value, t.meets, t.misses])).toEqual([
      [1500, 2, 1],
      [5000, 2, 1],
    ]);
    for (const m of Object.values(figures.metrics)) expect(m.bins.reduce((s, b) => s + b.count, 0)).toBe(m.known);
  });

  it("takes the thresholds of the rule set asked for", () => {
    const old = aggregateInsights(rows, "miit-2022");
    expect(old.metrics.mainShare.thresholds.map((t) => [t.criterion, t.value])).toEqual([
      ["lg.main-business-share", 70],
    ]);
    expect(old.metrics.revenue.thresholds.map((t) => [t.criterion, t.value])).toEqual([["ssme.scale", 1000]]);
  });

  it("is empty but complete for no rows", () => {
    const none = aggregateInsights([], "miit-2026");
    expect(none.total).toBe(0);
    expect(none.metrics.revenue.bins.every((b) => b.count === 0)).toBe(true);
  });
});

describe("thresholds and bars", () => {
  it("reads every threshold from the dated parameters of the rule set", () => {
    expect(metricThresholds("miit-2020").map((t) => [t.metric, t.criterion, t.op, t.value])).toEqual([
      ["mainShare", "lg.main-business-share", ">=", 70],
      ["debtRatio", "lg.debt-ratio", "<=", 70],
    ]);
  });

  it("adds the thresholds to the edges, bars open at both ends", () => {
    const bins = binsOf("debtRatio", metricThresholds("miit-2026"));
    expect(bins[0]).toEqual({ lo: null, hi: 20 });
    expect(bins.at(-1)).toEqual({ lo: 100, hi: null });
    expect(bins.map((b) => b.hi)).toContain(75);
    expect(bins.map((b) => b.hi)).toContain(80);
  });
});
