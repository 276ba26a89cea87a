import { clean, round2 } from "./logic";

// Gaps of not_met numeric criteria, in the unit a firm can act on: 万元 of spend, percentage
// points ("%": actual and required are percents, the shortfall is in points), years, items,
// score points, ranking places. Shortfalls are rounded up so they never understate.

export type GapUnit = "万元" | "%" | "年" | "项" | "分" | "位" | "人";
export type GapKind = "increase" | "decrease" | "below" | "rank";

export interface GapSpec {
  /** A fact path ("finance.rdExpense.y1") or a derived value's name ("debtRatio"). */
  metric: string;
  actual: number;
  required: number;
  shortfall: number;
  unit: GapUnit;
  kind: GapKind;
  target: { value: number; unit: GapUnit };
  /** Set when the gap is on one route of an OR (rules/parts.ts): see output/types.ts. */
  alternative?: { group: string; option: number; of: number };
}

function up(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.abs(x) < 1e15 ? Math.ceil(clean(x * f)) / f : x;
}

const INTEGRAL: ReadonlySet<GapUnit> = new Set<GapUnit>(["年", "项", "位", "人"]);

function spec(metric: string, actual: number, required: number, shortfall: number, unit: GapUnit, kind: GapKind) {
  const s = INTEGRAL.has(unit) ? Math.ceil(clean(shortfall)) : up(shortfall, 2);
  return {
    metric,
    actual: round2(actual),
    required: round2(required),
    shortfall: s,
    unit,
    kind,
    target: { value: required, unit },
  };
}

/** actual must reach at least `required` (以上 / 不低于). */
export function raise(metric: string, actual: number, required: number, unit: GapUnit): GapSpec {
  return spec(metric, actual, required, required - actual, unit, "increase");
}

/** actual must come down to at most `limit` (不高于). */
export function lower(metric: string, actual: number, limit: number, unit: GapUnit): GapSpec {
  return spec(metric, actual, limit, actual - limit, unit, "decrease");
}

/** A rank (1 = first) must be `best` or better. */
export function climb(metric: string, rank: number, best: number): GapSpec {
  return spec(metric, rank, best, rank - best, "位", "rank");
}

/** actual must be strictly below `ceiling` (the size standard's "X以下"). */
export function below(metric: string, actual: number, ceiling: number, unit: GapUnit): GapSpec {
  const excess = unit === "人" ? actual - ceiling + 1 : actual - ceiling;
  return spec(metric, actual, ceiling, excess, unit, "below");
}

/**
 * R&D spend of one year needed for both a minimum amount and a minimum intensity of revenue;
 * e.g. intensity 2.3 % on revenue 9,000 万元 needs 63.0 万元 more to reach 3 %. Called for a
 * failed test, so a need that rounds away (a revenue of a few yuan) still shows as 0.01 万元.
 */
export function rdSpend(
  year: "y1" | "y2",
  spend: number | null,
  revenue: number | null,
  minIntensity: number | null,
  minAmount: number | null,
): GapSpec | null {
  if (spend === null) return null;
  const byIntensity = revenue === null || minIntensity === null ? null : clean((revenue * minIntensity) / 100);
  const byAmount = minAmount ?? 0;
  const required = Math.max(byAmount, byIntensity ?? 0, spend + 0.01);
  const gap = raise(`finance.rdExpense.${year}`, spend, required, "万元");
  if (byIntensity !== null && minIntensity !== null && byIntensity >= byAmount) {
    gap.target = { value: minIntensity, unit: "%" };
  }
  return gap;
}
