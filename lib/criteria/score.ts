import type { TraceStep } from "./derived";
import type { Tri } from "./logic";
import type { Band, Bands } from "./params/types";

// Points with unknown inputs are intervals [min, max] (criteria.md section 2).

export interface Interval {
  min: number;
  max: number;
}

export interface ScoreItem extends Interval {
  /** Full marks of the item. */
  of: number;
}

export interface ScoreGroup extends ScoreItem {
  /** The group's own pass mark, when the standard sets one. */
  subMinimum: number | null;
  items: Record<string, ScoreItem>;
}

export interface ScoreResult extends Interval {
  passMark: number;
  groups: Record<string, ScoreGroup>;
}

export interface Rung {
  when: Tri;
  points: number;
}

/**
 * The first rung that holds gives its points. A rung can fire when its test is not known to fail
 * and every earlier test may fail; the interval spans the points of every rung that can fire.
 */
export function ladder(rungs: readonly Rung[], otherwise: number): Interval {
  let min = Infinity;
  let max = -Infinity;
  for (const r of rungs) {
    if (r.when !== "not_met") {
      if (r.points < min) min = r.points;
      if (r.points > max) max = r.points;
    }
    if (r.when === "met") return { min, max };
  }
  return { min: Math.min(min, otherwise), max: Math.max(max, otherwise) };
}

function test(x: number, band: Band): boolean {
  switch (band.op) {
    case ">=":
      return x >= band.bound;
    case ">":
      return x > band.bound;
    case "<":
      return x < band.bound;
    case "<=":
      return x <= band.bound;
  }
}

export function bandScore(x: number | null, bands: Bands): Interval {
  if (x === null) return { min: bandsMin(bands), max: bandsMax(bands) };
  for (const b of bands.rungs) if (test(x, b)) return { min: b.points, max: b.points };
  return { min: bands.otherwise, max: bands.otherwise };
}

export function bandsMax(bands: Bands): number {
  let m = bands.otherwise;
  for (const b of bands.rungs) if (b.points > m) m = b.points;
  return m;
}

function bandsMin(bands: Bands): number {
  let m = bands.otherwise;
  for (const b of bands.rungs) if (b.points < m) m = b.points;
  return m;
}

/** The better of two scores (e.g. R&D amount or intensity, whichever scores higher). */
export function better(a: Interval, b: Interval): Interval {
  return { min: Math.max(a.min, b.min), max: Math.max(a.max, b.max) };
}

export function item(iv: Interval, of: number): ScoreItem {
  return { min: iv.min, max: iv.max, of };
}

export function group(items: Record<string, ScoreItem>, subMinimum: number | null): ScoreGroup {
  let min = 0;
  let max = 0;
  let of = 0;
  for (const key in items) {
    const it = items[key];
    if (it === undefined) continue;
    min += it.min;
    max += it.max;
    of += it.of;
  }
  return { min, max, of, subMinimum, items };
}

/** met when even the lowest possible score passes, not_met when even the highest cannot. */
export function reaches(iv: Interval, mark: number): Tri {
  if (iv.min >= mark) return "met";
  if (iv.max < mark) return "not_met";
  return "unknown";
}

export function total(groups: Record<string, ScoreGroup>, passMark: number): ScoreResult {
  let min = 0;
  let max = 0;
  for (const key in groups) {
    const g = groups[key];
    if (g === undefined) continue;
    min += g.min;
    max += g.max;
  }
  return { min, max, passMark, groups };
}

/**
 * Trace notes for banded values that sit exactly on a bound the text leaves open (two plain ranges
 * share it): which band the convention of criteria.md gave them, so a reviewer sees the choice.
 */
export function boundaryNotes(
  items: readonly (readonly [name: string, x: number | null, bands: Bands])[],
): TraceStep[] {
  const notes: TraceStep[] = [];
  for (const [name, x, b] of items) {
    if (x === null || !b.ambiguous?.includes(x)) continue;
    notes.push({
      kind: "note",
      name: "ambiguousBound",
      formula: `${name} = ${x}: two ranges of the text share this bound; placed by the convention of criteria.md`,
      inputs: { [name]: x },
      value: bandScore(x, b).min,
    });
  }
  return notes;
}
