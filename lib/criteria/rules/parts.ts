import { all, any, ge, isFalse, isTrue, le, nonEmpty, oneOf, round2 } from "../logic";
import type { TraceStep, TraceValue } from "../derived";
import { climb, lower, raise, type GapSpec, type GapUnit } from "../gap";
import type { Outcome } from "../types";
import type { RunResult, Values } from "./types";

// The building blocks of criteria: each part is one test with its trace step and, when it fails
// on a number, its gap. Formulas name the fact path or derived value and the threshold.

export interface Part {
  outcome: Outcome;
  step: TraceStep;
  gaps: readonly GapSpec[];
  /** Steps of nested parts, listed in the trace before this one. */
  inner?: readonly TraceStep[];
}

const NONE: readonly GapSpec[] = [];

const shown = (x: number | null): number | null => (x === null ? null : round2(x));

// Object spreads and computed keys are slow paths in V8; the hot code here builds objects plainly.
function part(name: string, formula: string, value: TraceValue, outcome: Outcome, gaps = NONE): Part {
  const inputs: Record<string, TraceValue> = {};
  inputs[name] = value;
  return { outcome, step: { kind: "test", name, formula, inputs, value: outcome }, gaps };
}

/**
 * `name` (a fact path or derived value) at least `min`; with a unit, a failure carries the gap
 * in that unit.
 */
export function atLeast(name: string, x: number | null, min: number, unit?: GapUnit): Part {
  const o = ge(x, min);
  const gaps = o === "not_met" && x !== null && unit ? [raise(name, x, min, unit)] : NONE;
  return part(name, `${name} >= ${min}`, shown(x), o, gaps);
}

/** At most `max`; "位" is a rank (1 = first) that must climb. */
export function atMost(name: string, x: number | null, max: number, unit?: GapUnit): Part {
  const o = le(x, max);
  const gaps =
    o === "not_met" && x !== null && unit ? [unit === "位" ? climb(name, x, max) : lower(name, x, max, unit)] : NONE;
  return part(name, `${name} <= ${max}`, shown(x), o, gaps);
}

/** A ">=" test whose gap the caller computed (e.g. R&D spend for an intensity). */
export function atLeastWithGap(name: string, x: number | null, min: number, gap: GapSpec | null): Part {
  const o = ge(x, min);
  return part(name, `${name} >= ${min}`, shown(x), o, o === "not_met" && gap ? [gap] : NONE);
}

export function isYes(name: string, x: boolean | null): Part {
  return part(name, `${name} = true`, x, isTrue(x));
}

export function isNo(name: string, x: boolean | null): Part {
  return part(name, `${name} = false`, x, isFalse(x));
}

export function inSet<T extends string>(name: string, x: T | null, set: readonly T[]): Part {
  return part(name, `${name} ∈ {${set.join(", ")}}`, x, oneOf(x, set));
}

export function hasAny(name: string, x: readonly string[] | null): Part {
  return part(name, `${name} ≠ ∅`, x, nonEmpty(x));
}

/** A part whose outcome was computed elsewhere (a nested AND/OR, a score), kept in the trace. */
export function composite(
  name: string,
  formula: string,
  outcome: Outcome,
  gaps: readonly GapSpec[] = NONE,
  inputs: Record<string, TraceValue> = {},
  inner?: readonly TraceStep[],
): Part {
  const shownInputs: Record<string, TraceValue> = {};
  for (const key in inputs) {
    const v = inputs[key];
    shownInputs[key] = typeof v === "number" ? round2(v) : (v ?? null);
  }
  const p: Part = { outcome, step: { kind: "test", name, formula, inputs: shownInputs, value: outcome }, gaps };
  if (inner) p.inner = inner;
  return p;
}

const sameRoute = (a: GapSpec, b: GapSpec) =>
  a.alternative?.group === b.alternative?.group && a.alternative?.option === b.alternative?.option;

/**
 * Gaps of the failing parts; one per metric and route (the largest), e.g. R&D amount and
 * intensity of y1. Under an OR (`group` set), each part's gaps are tagged as one route of the
 * group unless an inner OR tagged them already: closing any one route suffices.
 */
function collect(parts: readonly Part[], group?: string): GapSpec[] {
  const gaps: GapSpec[] = [];
  for (let option = 0; option < parts.length; option++) {
    const p = parts[option] as Part;
    if (p.outcome !== "not_met") continue;
    for (const raw of p.gaps) {
      const g =
        group === undefined || raw.alternative ? raw : { ...raw, alternative: { group, option, of: parts.length } };
      const i = gaps.findIndex((x) => x.metric === g.metric && sameRoute(x, g));
      if (i < 0) gaps.push(g);
      else if ((gaps[i]?.shortfall ?? 0) < g.shortfall) gaps[i] = g;
    }
  }
  return gaps;
}

function steps(parts: readonly Part[], into: TraceStep[]): TraceStep[] {
  for (const p of parts) {
    if (p.inner) into.push(...p.inner);
    into.push(p.step);
  }
  return into;
}

function result(
  outcome: Outcome,
  parts: readonly Part[],
  values: Values,
  pre: readonly TraceStep[],
  group?: string,
): RunResult {
  const trace = steps(parts, pre.length === 0 ? [] : pre.slice());
  return { outcome, values, trace, gaps: outcome === "not_met" ? collect(parts, group) : [] };
}

export function outcomes(parts: readonly Part[]): Outcome[] {
  const out: Outcome[] = new Array<Outcome>(parts.length);
  for (let i = 0; i < parts.length; i++) out[i] = (parts[i] as Part).outcome;
  return out;
}

export function allOf(parts: readonly Part[], values: Values, pre: readonly TraceStep[] = []): RunResult {
  return result(all(outcomes(parts)), parts, values, pre);
}

export function anyOf(parts: readonly Part[], values: Values, pre: readonly TraceStep[] = []): RunResult {
  return result(any(outcomes(parts)), parts, values, pre, parts.length > 1 ? "any" : undefined);
}

/** For nesting: the parts' AND as one part. */
function joined(parts: readonly Part[], op: string): string {
  let s = "";
  for (let i = 0; i < parts.length; i++) s += (i === 0 ? "(" : op + "(") + (parts[i] as Part).step.formula + ")";
  return s;
}

export function allPart(name: string, parts: readonly Part[]): Part {
  return composite(name, joined(parts, " AND "), all(outcomes(parts)), collect(parts), {}, steps(parts, []));
}

export function anyPart(name: string, parts: readonly Part[]): Part {
  const group = parts.length > 1 ? name : undefined;
  return composite(name, joined(parts, " OR "), any(outcomes(parts)), collect(parts, group), {}, steps(parts, []));
}

export function isNot<T extends string>(name: string, x: T | null, value: T): Part {
  const o: Outcome = x === null ? "unknown" : x !== value ? "met" : "not_met";
  return part(name, `${name} ≠ ${value}`, x, o);
}
