import type { FactPath, FlatFacts } from "./facts/catalogue";
import type { YearKey } from "./facts/entry";
import { compileOnServer } from "./compile";
import { clean, round2 } from "./logic";
import type { Locale } from "./types";

// Derived values of criteria.md section 1, each defined once: its formula, inputs, unit and name.
// The rules, the report, the questionnaire's live figures and the enterprise comparison all call
// these definitions. Convention: every ratio, share, intensity and growth rate is a percent number
// (93.33 means 93.33 %), compared unrounded (noise removed) and shown rounded to 2 decimals. A
// missing input or a zero divisor gives null (unknown), never NaN.

export type TraceValue = number | string | boolean | null | readonly string[];

export interface TraceStep {
  /**
   * derived: a computed value; test: a comparison and its outcome; input: a fact that steers the
   * rule; note: where the text is ambiguous, how the rule read it.
   */
  kind: "derived" | "test" | "input" | "note";
  name: string;
  formula: string;
  inputs: Record<string, TraceValue>;
  value: TraceValue;
}

export interface Derived {
  value: number | null;
  step: TraceStep;
}

type Num = number | null;

function finite(x: number): Num {
  return Number.isFinite(x) ? clean(x) : null;
}

function pct(a: Num, b: Num): Num {
  return a === null || b === null || b === 0 ? null : finite((a * 100) / b);
}

/** Growth from b to a in percent; over |b| so that a loss shrinking to a profit reads as growth. */
export function growth(a: Num, b: Num): Num {
  return a === null || b === null || b === 0 ? null : finite(((a - b) * 100) / Math.abs(b));
}

function averageGrowth(y1: Num, y2: Num, y3: Num): Num {
  const g1 = growth(y1, y2);
  const g2 = growth(y2, y3);
  return g1 === null || g2 === null ? null : clean((g1 + g2) / 2);
}

function cagr(y1: Num, y3: Num): Num {
  if (y1 === null || y3 === null || y3 <= 0 || y1 < 0) return null;
  return finite((Math.sqrt(y1 / y3) - 1) * 100);
}

const sum = (a: Num, b: Num): Num => (a === null || b === null ? null : clean(a + b));

export interface DerivedDef {
  unit: "%" | "万元" | "年";
  /** The fiscal year the value describes, named in its label ("2025年研发强度"). */
  year?: YearKey;
  inputs: readonly FactPath[];
  /** The formula over the inputs' paths, as the report shows it with the numbers put in. */
  formula: string;
  compute(f: FlatFacts): Num;
  label: Readonly<Record<Locale, string>>;
}

const averageFormula = (path: string) =>
  `((${path}.y1 − ${path}.y2) / |${path}.y2| + (${path}.y2 − ${path}.y3) / |${path}.y3|) / 2 × 100`;

export const DERIVED = {
  mainBusinessShare: {
    unit: "%",
    inputs: ["finance.mainRevenue.y1", "finance.revenue.y1"],
    formula: "finance.mainRevenue.y1 / finance.revenue.y1 × 100",
    compute: (f) => pct(f["finance.mainRevenue.y1"], f["finance.revenue.y1"]),
    label: { "zh-CN": "主营业务收入占比", en: "Main business share of revenue" },
  },
  debtRatio: {
    unit: "%",
    inputs: ["finance.totalLiabilities", "finance.totalAssets"],
    formula: "finance.totalLiabilities / finance.totalAssets × 100",
    compute: (f) => pct(f["finance.totalLiabilities"], f["finance.totalAssets"]),
    label: { "zh-CN": "资产负债率", en: "Debt ratio" },
  },
  rdIntensityY1: {
    unit: "%",
    year: "y1",
    inputs: ["finance.rdExpense.y1", "finance.revenue.y1"],
    formula: "finance.rdExpense.y1 / finance.revenue.y1 × 100",
    compute: (f) => pct(f["finance.rdExpense.y1"], f["finance.revenue.y1"]),
    label: { "zh-CN": "研发强度", en: "R&D intensity" },
  },
  rdIntensityY2: {
    unit: "%",
    year: "y2",
    inputs: ["finance.rdExpense.y2", "finance.revenue.y2"],
    formula: "finance.rdExpense.y2 / finance.revenue.y2 × 100",
    compute: (f) => pct(f["finance.rdExpense.y2"], f["finance.revenue.y2"]),
    label: { "zh-CN": "研发强度", en: "R&D intensity" },
  },
  rdStaffShare: {
    unit: "%",
    inputs: ["people.rdStaff", "people.employees"],
    formula: "people.rdStaff / people.employees × 100",
    compute: (f) => pct(f["people.rdStaff"], f["people.employees"]),
    label: { "zh-CN": "研发人员占比", en: "R&D staff share" },
  },
  netMargin: {
    unit: "%",
    year: "y1",
    inputs: ["finance.netProfit.y1", "finance.revenue.y1"],
    formula: "finance.netProfit.y1 / finance.revenue.y1 × 100",
    compute: (f) => pct(f["finance.netProfit.y1"], f["finance.revenue.y1"]),
    label: { "zh-CN": "净利润率", en: "Net margin" },
  },
  revenueCagr2y: {
    unit: "%",
    inputs: ["finance.revenue.y1", "finance.revenue.y3"],
    formula: "(√(finance.revenue.y1 / finance.revenue.y3) − 1) × 100",
    compute: (f) => cagr(f["finance.revenue.y1"], f["finance.revenue.y3"]),
    label: { "zh-CN": "近2年营业收入复合增长率", en: "2-year compound growth of revenue" },
  },
  mainRevenueGrowthAvg2y: {
    unit: "%",
    inputs: ["finance.mainRevenue.y1", "finance.mainRevenue.y2", "finance.mainRevenue.y3"],
    formula: averageFormula("finance.mainRevenue"),
    compute: (f) =>
      averageGrowth(f["finance.mainRevenue.y1"], f["finance.mainRevenue.y2"], f["finance.mainRevenue.y3"]),
    label: { "zh-CN": "近2年主营业务收入平均增长率", en: "2-year average growth of main business revenue" },
  },
  netProfitGrowthAvg2y: {
    unit: "%",
    inputs: ["finance.netProfit.y1", "finance.netProfit.y2", "finance.netProfit.y3"],
    formula: averageFormula("finance.netProfit"),
    compute: (f) => averageGrowth(f["finance.netProfit.y1"], f["finance.netProfit.y2"], f["finance.netProfit.y3"]),
    label: { "zh-CN": "近2年净利润平均增长率", en: "2-year average growth of net profit" },
  },
  mainRevenueGrowthY1: {
    unit: "%",
    year: "y1",
    inputs: ["finance.mainRevenue.y1", "finance.mainRevenue.y2"],
    formula: "(finance.mainRevenue.y1 − finance.mainRevenue.y2) / |finance.mainRevenue.y2| × 100",
    compute: (f) => growth(f["finance.mainRevenue.y1"], f["finance.mainRevenue.y2"]),
    label: { "zh-CN": "主营业务收入增长率", en: "Growth of main business revenue" },
  },
  revenueGrowthY1: {
    unit: "%",
    year: "y1",
    inputs: ["finance.revenue.y1", "finance.revenue.y2"],
    formula: "(finance.revenue.y1 − finance.revenue.y2) / |finance.revenue.y2| × 100",
    compute: (f) => growth(f["finance.revenue.y1"], f["finance.revenue.y2"]),
    label: { "zh-CN": "营业收入增长率", en: "Revenue growth" },
  },
  rdExpenseTotal2y: {
    unit: "万元",
    inputs: ["finance.rdExpense.y1", "finance.rdExpense.y2"],
    formula: "finance.rdExpense.y1 + finance.rdExpense.y2",
    compute: (f) => sum(f["finance.rdExpense.y1"], f["finance.rdExpense.y2"]),
    label: { "zh-CN": "近2年研发费用总额", en: "R&D expenditure of the last 2 years" },
  },
  rdExpenseMean2y: {
    unit: "万元",
    inputs: ["finance.rdExpense.y1", "finance.rdExpense.y2"],
    formula: "(finance.rdExpense.y1 + finance.rdExpense.y2) / 2",
    compute: (f) => {
      const total = sum(f["finance.rdExpense.y1"], f["finance.rdExpense.y2"]);
      return total === null ? null : clean(total / 2);
    },
    label: { "zh-CN": "近2年研发费用年均额", en: "Yearly average R&D expenditure of the last 2 years" },
  },
  // Full years from founding to 31 December of y1 (= assessmentYear − 1).
  operatingYears: {
    unit: "年",
    inputs: ["assessmentYear", "company.foundedOn"],
    formula: "(assessmentYear − 1) − year(company.foundedOn)",
    compute: (f) =>
      f.assessmentYear === null || f["company.foundedOn"] === null
        ? null
        : f.assessmentYear - 1 - Number(f["company.foundedOn"].slice(0, 4)),
    label: { "zh-CN": "经营年限", en: "Years in business" },
  },
} as const satisfies Record<string, DerivedDef>;

export type DerivedId = keyof typeof DERIVED;
export type DerivedValues = Record<DerivedId, Derived>;

const IDS = Object.keys(DERIVED) as DerivedId[];

export function isDerivedId(name: string): name is DerivedId {
  return Object.prototype.hasOwnProperty.call(DERIVED, name);
}

/** One derived value with the trace step that shows its working. */
export function derive(id: DerivedId, f: FlatFacts): Derived {
  const def: DerivedDef = DERIVED[id];
  const inputs: Record<string, TraceValue> = {};
  for (const path of def.inputs) inputs[path] = f[path];
  return withStep(id, def.compute(f), inputs);
}

function withStep(id: DerivedId, value: Num, inputs: Record<string, TraceValue>): Derived {
  return {
    value,
    step: {
      kind: "derived",
      name: id,
      formula: DERIVED[id].formula,
      inputs,
      value: value === null ? null : round2(value),
    },
  };
}

// Every evaluation derives every value: compiled, each value's inputs are one object literal
// (a fixed shape), which keeps this part of an evaluation as fast as hand-written code.
const q = JSON.stringify;
const compiled = compileOnServer<(D: typeof DERIVED, f: FlatFacts, s: typeof withStep) => DerivedValues>(
  ["D", "f", "s"],
  `return {${IDS.map(
    (id) =>
      `${q(id)}: s(${q(id)}, D[${q(id)}].compute(f), {${DERIVED[id].inputs.map((p) => `${q(p)}: f[${q(p)}]`).join(", ")}})`,
  ).join(",\n")}};`,
);

export function deriveValues(f: FlatFacts): DerivedValues {
  if (compiled) return compiled(DERIVED, f, withStep);
  const out = {} as DerivedValues;
  for (const id of IDS) out[id] = derive(id, f);
  return out;
}
