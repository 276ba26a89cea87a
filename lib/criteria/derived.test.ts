import { describe, expect, it } from "vitest";
import { baseFacts } from "./cases/base";
import { patch } from "./cases/types";
import { DERIVED, derive as deriveOne, deriveValues, growth, type DerivedId } from "./derived";

const DERIVED_IDS = Object.keys(DERIVED) as DerivedId[];
import { flattenFacts } from "./facts/flatten";
import type { Facts } from "./facts/schema";

const derive = (over: unknown) => deriveValues(flattenFacts(patch<Facts>(baseFacts, over)));

describe("derived values", () => {
  it("computes the base record's percentages with formula and inputs", () => {
    const d = derive({});
    expect(d.mainBusinessShare.value).toBe(95);
    expect(d.debtRatio.value).toBe(40);
    expect(d.rdIntensityY1.value).toBe(6);
    expect(d.rdIntensityY2.value).toBe(6);
    expect(d.rdStaffShare.step.value).toBe(23.08);
    expect(d.netMargin.step.value).toBe(10.83);
    expect(d.revenueCagr2y.step.value).toBe(9.54);
    expect(d.mainRevenueGrowthY1.step.value).toBe(10.68);
    expect(d.rdExpenseTotal2y.value).toBe(1380);
    expect(d.operatingYears.value).toBe(13);
    expect(d.mainBusinessShare.step).toEqual({
      kind: "derived",
      name: "mainBusinessShare",
      formula: "finance.mainRevenue.y1 / finance.revenue.y1 × 100",
      inputs: { "finance.mainRevenue.y1": 11400, "finance.revenue.y1": 12000 },
      value: 95,
    });
  });

  it("gives unknown, never NaN or Infinity, for a zero divisor or a missing input", () => {
    const d = derive({
      finance: { revenue: { y1: 0, y3: 0 }, mainRevenue: { y1: 0, y2: 0 }, totalAssets: 0, totalLiabilities: 0 },
      people: { employees: 0, rdStaff: 0 },
    });
    for (const v of Object.values(d)) {
      if (v.value !== null) expect(Number.isFinite(v.value)).toBe(true);
    }
    expect(d.mainBusinessShare.value).toBeNull();
    expect(d.debtRatio.value).toBeNull();
    expect(d.rdStaffShare.value).toBeNull();
    expect(d.revenueCagr2y.value).toBeNull();
    expect(d.mainRevenueGrowthY1.value).toBeNull();
    expect(derive({ finance: { rdExpense: { y1: null } } }).rdIntensityY1.value).toBeNull();
  });

  it("measures growth from a negative base over its absolute value", () => {
    expect(growth(100, -100)).toBe(200);
    expect(growth(-50, -100)).toBe(50);
    expect(growth(90, 100)).toBe(-10);
    expect(growth(1, 0)).toBeNull();
  });

  it("averages two yearly growth rates", () => {
    expect(derive({ finance: { mainRevenue: { y1: 11025, y2: 10500, y3: 10000 } } }).mainRevenueGrowthAvg2y.value).toBe(
      5,
    );
  });
});

describe("compiled and generic code agree", () => {
  it("derives every value alike either way, and flattens answers alike", async () => {
    const { flattenAnswers } = await import("./facts/flatten");
    for (const over of [
      {},
      { finance: { revenue: { y1: 0 } }, people: null },
      { company: { foundedOn: "2020-01-01" } },
    ]) {
      const facts = patch<Facts>(baseFacts, over);
      const f = flattenFacts(facts);
      expect(flattenAnswers(facts)).toEqual(f);
      const d = deriveValues(f);
      for (const id of DERIVED_IDS) expect(d[id], id).toEqual(deriveOne(id, f));
    }
  });
});
