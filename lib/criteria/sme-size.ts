import { agree, all, any, ge, lt } from "./logic";
import { below, type GapSpec } from "./gap";
import {
  SIZE_INDUSTRIES,
  type OutsideStandard,
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
  /** Why the code's industry is outside the 2011 standard (the outcome is then manual). */
  outside: OutsideStandard | null;
}

/**
 * What a code says: the standard's industries it may be, and whether it is (no industries) or may
 * be (some) outside the standard: which case, or "unknown" for a code too short to tell.
 */
export interface SizeMapping {
  industries: readonly SizeIndustry[];
  outside: OutsideStandard | "unknown" | null;
}

const ALL: readonly SizeIndustry[] = SIZE_INDUSTRIES;
const K70: readonly SizeIndustry[] = ["real-estate-development", "property-management", "other"];

const only = (...industries: SizeIndustry[]): SizeMapping => ({ industries, outside: null });
const outsideOf = (outside: OutsideStandard): SizeMapping => ({ industries: [], outside });

/**
 * GB/T 4754-2017 code → size-standard industries, as the statistics bureau's 2017 classification
 * method maps them (criteria.md section 3). A code too short to decide gives every industry it may
 * be: K70 alone may be any part of real estate, K7040 included (outside the standard); G59 alone
 * may be loading (transport) or warehousing; no code may be any industry, inside or outside.
 */
export function sizeIndustries(code: string | null): SizeMapping {
  if (code === null || code.length < 3) return ANY;
  let found = mappings.get(code);
  if (found === undefined) {
    found = mapCode(code);
    // Codes are few (a letter and 2 to 4 digits); the bound only guards memory.
    if (mappings.size < 20000) mappings.set(code, found);
  }
  return found;
}

const ANY: SizeMapping = { industries: ALL, outside: "unknown" };
const mappings = new Map<string, SizeMapping>();

function mapCode(code: string): SizeMapping {
  const section = code.charAt(0);
  const division = Number(code.slice(1, 3));
  const rest = code.slice(3);
  switch (section) {
    case "A":
      return only("agriculture");
    case "B":
    case "C":
    case "D":
      return only("industry");
    case "E":
      return only("construction");
    case "F":
      return division === 51 ? only("wholesale") : division === 52 ? only("retail") : only("other");
    case "G":
      // "交通运输业（不含铁路运输业）"
      if (division === 53) return outsideOf("railway");
      if (division >= 54 && division <= 58) return only("transport");
      if (division === 59) {
        // G591 装卸搬运 is transport; G592-G599 warehousing.
        if (rest === "") return only("transport", "warehousing");
        return rest.startsWith("1") ? only("transport") : only("warehousing");
      }
      return division === 60 ? only("postal") : only("other");
    case "H":
      return division === 61 ? only("accommodation") : division === 62 ? only("catering") : only("other");
    case "I":
      if (division === 63 || division === 64) return only("information-transmission");
      return division === 65 ? only("software-it") : only("other");
    case "J":
      return outsideOf("finance");
    case "K":
      if (division !== 70) return only("other");
      if (rest === "") return { industries: K70, outside: "own-property" };
      if (rest.startsWith("1")) return only("real-estate-development");
      if (rest.startsWith("2")) return only("property-management");
      if (rest.startsWith("4")) return outsideOf("own-property");
      return only("other");
    case "L":
      return only("leasing-business-services");
    case "P":
      return outsideOf("education");
    case "Q":
      return division === 83 || division === 84 ? outsideOf("health") : only("other");
    case "S":
      return outsideOf("public-administration");
    case "T":
      return outsideOf("international");
    default:
      return only("other");
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

function outsideStep(code: string | null, outside: OutsideStandard | "unknown", mayBe: boolean): TraceStep {
  return {
    kind: "input",
    name: "sme:outside-standard",
    formula: mayBe
      ? `company.industryCode may be outside the 2011 size standard (${outside}): more digits decide`
      : `company.industryCode outside the 2011 size standard (${outside}): a reviewer decides`,
    inputs: { "company.industryCode": code },
    value: outside,
  };
}

export function evaluateSize(
  code: string | null,
  x: SizeInputs,
  standard: Readonly<Record<SizeIndustry, SizeStandardEntry>>,
): SizeResult {
  const { industries: candidates, outside } = sizeIndustries(code);
  const inputs = {
    "company.industryCode": code,
    "people.employees": x.employees,
    "finance.revenue.y1": x.revenue,
    "finance.totalAssets": x.assets,
  };
  if (candidates.length === 0 && outside !== null && outside !== "unknown") {
    return {
      outcome: "manual",
      size: { industry: null, candidates, sizeClass: null, outside },
      steps: [outsideStep(code, outside, false)],
      gap: null,
    };
  }
  const outcomes: Outcome[] = [];
  const classes: (SizeClass | null)[] = [];
  const steps: TraceStep[] = [];
  for (const industry of candidates) {
    const e = standard[industry];
    const sme = isSme(x, e.ceiling.value);
    outcomes.push(sme);
    classes.push(classify(x, e, sme));
    steps.push({ kind: "test", name: `sme:${industry}`, formula: formulaOf(e.ceiling.value), inputs, value: sme });
  }
  // A code that may also be outside the standard (none, or K70 alone) cannot decide: digits are missing.
  if (outside !== null) {
    outcomes.push("unknown");
    steps.push(outsideStep(code, outside, true));
  }
  const outcome = agree(outcomes);
  const first = classes[0] ?? null;
  const sizeClass = outside === null && classes.every((c) => c === first) ? first : null;
  const industry = candidates.length === 1 && outside === null ? (candidates[0] ?? null) : null;
  return {
    outcome,
    size: { industry, candidates, sizeClass, outside: null },
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
