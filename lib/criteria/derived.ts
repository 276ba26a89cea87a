import type { FlatFacts } from "./facts/flatten";
import { clean, round2 } from "./logic";

// Derived values of criteria.md section 1. Convention: every ratio, share, intensity and growth
// rate is a percent number (93.33 means 93.33 %), compared unrounded (noise removed) and shown
// rounded to 2 decimals. A missing input or a zero divisor gives null (unknown), never NaN.

export type TraceValue = number | string | boolean | null | readonly string[];

export interface TraceStep {
  /** derived: a computed value; test: a comparison and its outcome; input: a fact that steers the rule. */
  kind: "derived" | "test" | "input";
  name: string;
  formula: string;
  inputs: Record<string, TraceValue>;
  value: TraceValue;
}

export interface Derived {
  value: number | null;
  step: TraceStep;
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? clean(x) : null;
}

function pct(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : finite((a * 100) / b);
}

/** Growth from b to a in percent; over |b| so that a loss shrinking to a profit reads as growth. */
export function growth(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : finite(((a - b) * 100) / Math.abs(b));
}

function derived(name: string, formula: string, inputs: Record<string, TraceValue>, value: number | null): Derived {
  return { value, step: { kind: "derived", name, formula, inputs, value: value === null ? null : round2(value) } };
}

function averageGrowth(y1: number | null, y2: number | null, y3: number | null): number | null {
  const g1 = growth(y1, y2);
  const g2 = growth(y2, y3);
  return g1 === null || g2 === null ? null : clean((g1 + g2) / 2);
}

const averageFormula = (path: string) =>
  `((${path}.y1 − ${path}.y2) / |${path}.y2| + (${path}.y2 − ${path}.y3) / |${path}.y3|) / 2 × 100`;
const MAIN_AVERAGE = averageFormula("finance.mainRevenue");
const PROFIT_AVERAGE = averageFormula("finance.netProfit");

function cagr(y1: number | null, y3: number | null): number | null {
  if (y1 === null || y3 === null || y3 <= 0 || y1 < 0) return null;
  return finite((Math.sqrt(y1 / y3) - 1) * 100);
}

export interface DerivedValues {
  mainBusinessShare: Derived;
  debtRatio: Derived;
  rdIntensityY1: Derived;
  rdIntensityY2: Derived;
  rdStaffShare: Derived;
  netMargin: Derived;
  revenueCagr2y: Derived;
  mainRevenueGrowthAvg2y: Derived;
  netProfitGrowthAvg2y: Derived;
  mainRevenueGrowthY1: Derived;
  rdExpenseTotal2y: Derived;
  operatingYears: Derived;
}

export function deriveValues(f: FlatFacts): DerivedValues {
  const rdTotal = f.rdExpenseY1 === null || f.rdExpenseY2 === null ? null : clean(f.rdExpenseY1 + f.rdExpenseY2);
  const year1 = f.assessmentYear === null ? null : f.assessmentYear - 1;
  const founded = f.foundedOn === null ? null : Number(f.foundedOn.slice(0, 4));
  return {
    mainBusinessShare: derived(
      "mainBusinessShare",
      "finance.mainRevenue.y1 / finance.revenue.y1 × 100",
      { "finance.mainRevenue.y1": f.mainRevenueY1, "finance.revenue.y1": f.revenueY1 },
      pct(f.mainRevenueY1, f.revenueY1),
    ),
    debtRatio: derived(
      "debtRatio",
      "finance.totalLiabilities / finance.totalAssets × 100",
      { "finance.totalLiabilities": f.totalLiabilities, "finance.totalAssets": f.totalAssets },
      pct(f.totalLiabilities, f.totalAssets),
    ),
    rdIntensityY1: derived(
      "rdIntensityY1",
      "finance.rdExpense.y1 / finance.revenue.y1 × 100",
      { "finance.rdExpense.y1": f.rdExpenseY1, "finance.revenue.y1": f.revenueY1 },
      pct(f.rdExpenseY1, f.revenueY1),
    ),
    rdIntensityY2: derived(
      "rdIntensityY2",
      "finance.rdExpense.y2 / finance.revenue.y2 × 100",
      { "finance.rdExpense.y2": f.rdExpenseY2, "finance.revenue.y2": f.revenueY2 },
      pct(f.rdExpenseY2, f.revenueY2),
    ),
    rdStaffShare: derived(
      "rdStaffShare",
      "people.rdStaff / people.employees × 100",
      { "people.rdStaff": f.rdStaff, "people.employees": f.employees },
      pct(f.rdStaff, f.employees),
    ),
    netMargin: derived(
      "netMargin",
      "finance.netProfit.y1 / finance.revenue.y1 × 100",
      { "finance.netProfit.y1": f.netProfitY1, "finance.revenue.y1": f.revenueY1 },
      pct(f.netProfitY1, f.revenueY1),
    ),
    revenueCagr2y: derived(
      "revenueCagr2y",
      "(√(finance.revenue.y1 / finance.revenue.y3) − 1) × 100",
      { "finance.revenue.y1": f.revenueY1, "finance.revenue.y3": f.revenueY3 },
      cagr(f.revenueY1, f.revenueY3),
    ),
    mainRevenueGrowthAvg2y: derived(
      "mainRevenueGrowthAvg2y",
      MAIN_AVERAGE,
      {
        "finance.mainRevenue.y1": f.mainRevenueY1,
        "finance.mainRevenue.y2": f.mainRevenueY2,
        "finance.mainRevenue.y3": f.mainRevenueY3,
      },
      averageGrowth(f.mainRevenueY1, f.mainRevenueY2, f.mainRevenueY3),
    ),
    netProfitGrowthAvg2y: derived(
      "netProfitGrowthAvg2y",
      PROFIT_AVERAGE,
      {
        "finance.netProfit.y1": f.netProfitY1,
        "finance.netProfit.y2": f.netProfitY2,
        "finance.netProfit.y3": f.netProfitY3,
      },
      averageGrowth(f.netProfitY1, f.netProfitY2, f.netProfitY3),
    ),
    mainRevenueGrowthY1: derived(
      "mainRevenueGrowthY1",
      "(finance.mainRevenue.y1 − finance.mainRevenue.y2) / |finance.mainRevenue.y2| × 100",
      { "finance.mainRevenue.y1": f.mainRevenueY1, "finance.mainRevenue.y2": f.mainRevenueY2 },
      growth(f.mainRevenueY1, f.mainRevenueY2),
    ),
    rdExpenseTotal2y: derived(
      "rdExpenseTotal2y",
      "finance.rdExpense.y1 + finance.rdExpense.y2",
      { "finance.rdExpense.y1": f.rdExpenseY1, "finance.rdExpense.y2": f.rdExpenseY2 },
      rdTotal,
    ),
    // Full years from founding to 31 December of y1 (= assessmentYear − 1).
    operatingYears: derived(
      "operatingYears",
      "(assessmentYear − 1) − year(company.foundedOn)",
      { assessmentYear: f.assessmentYear, "company.foundedOn": f.foundedOn },
      year1 === null || founded === null ? null : year1 - founded,
    ),
  };
}
