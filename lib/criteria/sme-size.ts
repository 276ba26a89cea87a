import { agree, all, any, ge, lt } from "./logic";
import { below, type GapSpec } from "./gap";
import {
  SIZE_INDUSTRIES,
  type SizeIndustry,
  type SizeLimits,
  type SizeStandardEntry,
} from "./params/sme-size-standard";
import type { TraceStep } from "./derived";
import type { Outcome } from "./types";

// common.sme-size, criteria.md section 3, under 工信部联企业〔2011〕300号.

export type SizeClass = "large" | "medium" | "small" | "micro";

export interface SizeInputs {
  employees: number | null;
  revenue: number | null;
  assets: number | null;
}

export interface SizeInfo {
  /** The size-standard industry, null when the code is missing or does not decide it. */
  industry: SizeIndustry | null;
  /** Industries the code allows (all of them when the code is unknown). */
  candidates: readonly SizeIndustry[];
  sizeClass: SizeClass | null;
}

const ALL: readonly SizeIndustry[] = SIZE_INDUSTRIES;
const K70: readonly SizeIndustry[] = ["real-estate-development", "property-management", "other"];

/** GB/T 4754 code → size-standard industries; K70 alone does not say which part of real estate. */
export function sizeIndustries(code: string | null): readonly SizeIndustry[] {
  if (code === null || code.length < 3) return ALL;
  const section = code.charAt(0);
  const division = Number(code.slice(1, 3));
  const rest = code.slice(3);
  switch (section) {
    case "A":
      return ["agriculture"];
    case "B":
    case "C":
    case "D":
      return ["industry"];
    case "E":
      return ["construction"];
    case "F":
      return division === 51 ? ["wholesale"] : division === 52 ? ["retail"] : ["other"];
    case "G":
      if (division >= 53 && division <= 58) return ["transport"];
      return division === 59 ? ["warehousing"] : division === 60 ? ["postal"] : ["other"];
    case "H":
      return division === 61 ? ["accommodation"] : division === 62 ? ["catering"] : ["other"];
    case "I":
      if (division === 63 || division === 64) return ["information-transmission"];
      return division === 65 ? ["software-it"] : ["other"];
    case "K":
      if (division !== 70) return ["other"];
      if (rest === "") return K70;
      if (rest === "1" || rest === "10") return ["real-estate-development"];
      if (rest === "2" || rest === "20") return ["property-management"];
      return ["other"];
    case "L":
      return ["leasing-business-services"];
    default:
      return ["other"];
  }
}

const KEYS = ["employees", "revenue", "assets"] as const;
const PATHS = { employees: "people.employees", revenue: "finance.revenue.y1", assets: "finance.totalAssets" } as const;

function ceilingFormula(limits: SizeLimits): string {
  const parts: string[] = [];
  for (const k of KEYS) if (limits[k] !== undefined) parts.push(`${PATHS[k]} < ${limits[k]}`);
  return parts.join(" OR ");
}

// Formulas depend only on the (frozen at build) standard, so they are computed once per object.
const formulas = new WeakMap<SizeLimits, string>();
function formulaOf(limits: SizeLimits): string {
  let f = formulas.get(limits);
  if (f === undefined) {
    f = ceilingFormula(limits);
    formulas.set(limits, f);
  }
  return f;
}

/** An SME is below EITHER ceiling ("X以下", strict). */
function isSme(x: SizeInputs, ceiling: SizeLimits): Outcome {
  const parts: Outcome[] = [];
  for (const k of KEYS) {
    const c = ceiling[k];
    if (c !== undefined) parts.push(lt(x[k], c));
  }
  return any(parts);
}

/** Every lower band reached ("X及以上", inclusive, joined by 且). */
function reaches(x: SizeInputs, band: SizeLimits): Outcome {
  const parts: Outcome[] = [];
  for (const k of KEYS) {
    const b = band[k];
    if (b !== undefined) parts.push(ge(x[k], b));
  }
  return all(parts);
}

function classify(x: SizeInputs, e: SizeStandardEntry, sme: Outcome): SizeClass | null {
  if (sme === "not_met") return "large";
  if (sme !== "met") return null;
  const small = reaches(x, e.small.value);
  if (small === "not_met") return "micro";
  const medium = reaches(x, e.medium.value);
  if (medium === "met") return "medium";
  return medium === "not_met" && small === "met" ? "small" : null;
}

export interface SizeResult {
  outcome: Outcome;
  size: SizeInfo;
  steps: TraceStep[];
  gap: GapSpec | null;
}

export function evaluateSize(
  code: string | null,
  x: SizeInputs,
  standard: Readonly<Record<SizeIndustry, SizeStandardEntry>>,
): SizeResult {
  const candidates = sizeIndustries(code);
  const outcomes: Outcome[] = [];
  const classes: (SizeClass | null)[] = [];
  const steps: TraceStep[] = [];
  const inputs = {
    "company.industryCode": code,
    "people.employees": x.employees,
    "finance.revenue.y1": x.revenue,
    "finance.totalAssets": x.assets,
  };
  for (const industry of candidates) {
    const e = standard[industry];
    const sme = isSme(x, e.ceiling.value);
    outcomes.push(sme);
    classes.push(classify(x, e, sme));
    steps.push({ kind: "test", name: `sme:${industry}`, formula: formulaOf(e.ceiling.value), inputs, value: sme });
  }
  const outcome = agree(outcomes);
  const first = classes[0] ?? null;
  const sizeClass = classes.every((c) => c === first) ? first : null;
  const industry = candidates.length === 1 ? (candidates[0] ?? null) : null;
  return {
    outcome,
    size: { industry, candidates, sizeClass },
    steps,
    gap: outcome === "not_met" ? sizeGap(candidates, x, standard) : null,
  };
}

function sizeGap(
  candidates: readonly SizeIndustry[],
  x: SizeInputs,
  standard: Readonly<Record<SizeIndustry, SizeStandardEntry>>,
): GapSpec | null {
  const first = candidates[0];
  if (first === undefined) return null;
  const ceiling = standard[first].ceiling.value;
  for (const k of KEYS) {
    const c = ceiling[k];
    const v = x[k];
    if (c !== undefined && v !== null) return below(PATHS[k], v, c, k === "employees" ? "人" : "万元");
  }
  return null;
}
