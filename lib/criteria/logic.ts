import type { Outcome } from "./types";

// Three-valued (Kleene) logic of criteria.md section 2. `manual` behaves as `unknown` when
// combined; `not_applicable` parts are ignored.

export type Tri = "met" | "not_met" | "unknown";

export function all(parts: readonly Outcome[]): Outcome {
  let unknown = false;
  for (const p of parts) {
    if (p === "not_met") return "not_met";
    if (p === "unknown" || p === "manual") unknown = true;
  }
  return unknown ? "unknown" : "met";
}

export function any(parts: readonly Outcome[]): Outcome {
  let unknown = false;
  let seen = false;
  for (const p of parts) {
    if (p === "met") return "met";
    if (p === "unknown" || p === "manual") unknown = true;
    if (p !== "not_applicable") seen = true;
  }
  if (unknown) return "unknown";
  return seen ? "not_met" : "not_applicable";
}

/** OR of plain tests (no manual / not_applicable), for points ladders. */
export function orTri(parts: readonly Tri[]): Tri {
  if (parts.includes("met")) return "met";
  return parts.includes("unknown") ? "unknown" : "not_met";
}

/** One value when every possibility agrees, else unknown: used when an input selects a branch. */
export function agree(parts: readonly Outcome[]): Outcome {
  const first = parts[0];
  if (first === undefined) return "unknown";
  for (const p of parts) if (p !== first) return "unknown";
  return first;
}

// Inclusive 以上/不低于/达到.
export const ge = (x: number | null, bound: number): Tri => (x === null ? "unknown" : x >= bound ? "met" : "not_met");
// Inclusive 不高于.
export const le = (x: number | null, bound: number): Tri => (x === null ? "unknown" : x <= bound ? "met" : "not_met");
// Strict "X以下" of the size standard and 不足.
export const lt = (x: number | null, bound: number): Tri => (x === null ? "unknown" : x < bound ? "met" : "not_met");

export const isTrue = (x: boolean | null): Tri => (x === null ? "unknown" : x ? "met" : "not_met");
export const isFalse = (x: boolean | null): Tri => (x === null ? "unknown" : x ? "not_met" : "met");

export const oneOf = <T extends string>(x: T | null, set: readonly T[]): Tri =>
  x === null ? "unknown" : set.includes(x) ? "met" : "not_met";

export const nonEmpty = (x: readonly string[] | null): Tri =>
  x === null ? "unknown" : x.length > 0 ? "met" : "not_met";

/**
 * Sum of non-negative amounts at least `bound`: met as soon as the known parts reach it, since
 * an unknown part can only add.
 */
export function sumAtLeast(parts: readonly (number | null)[], bound: number): Tri {
  let sum = 0;
  let unknown = false;
  for (const p of parts) {
    if (p === null) unknown = true;
    else sum += p;
  }
  if (clean(sum) >= bound) return "met";
  return unknown ? "unknown" : "not_met";
}

/** Removes binary floating-point noise (80.00000000000001 → 80) so inclusive bounds hold. */
export function clean(x: number): number {
  const a = Math.abs(x);
  if (a < 1e6) return Math.round(x * 1e9) / 1e9;
  return a < 1e12 ? Math.round(x * 1e3) / 1e3 : x;
}

/**
 * 2 decimals for display; magnitudes beyond 1e15 have no decimals to round (and x * 100 could
 * overflow). `|| 0` turns -0 (e.g. a tiny loss rounded) into 0.
 */
export function round2(x: number): number {
  return Math.abs(x) < 1e15 ? Math.round(x * 100) / 100 || 0 : x;
}
