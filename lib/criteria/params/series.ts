import type { Confidence, LocalText } from "../types";
import type { Param, Reference, Source, Unit } from "./types";

// Parameters as dated series, in the manner of OpenFisca: each threshold is a list of values, each
// with the date it took effect, the clause it comes from (and the copy of the text read), its
// confidence and the day it was last checked. A rule set takes the values in force on its date;
// correcting a threshold is one edit of one dated value.

/** An instrument as a rule set cites it: document number, first day in force, the copy read. */
export interface Instrument {
  doc: string;
  from: string;
  url?: string;
}

/** A clause of an instrument, and the day its words took effect. */
export interface ClauseRef {
  reference: Reference;
  from: string;
}

export interface DatedValue<T> {
  value: T;
  from: string;
  reference: Reference;
  confidence: Confidence;
  checkedOn: string;
}

/** A threshold (or a clause without one) that ends on `from`: no value is in force after it. */
export interface Repeal {
  repealed: true;
  from: string;
  reference: Reference;
  checkedOn: string;
}

export interface Series<T> {
  kind: "series";
  /** null for a clause a criterion rests on without a number (its "basis"). */
  unit: Unit | null;
  values: readonly (DatedValue<T> | Repeal)[];
}

/** Clauses of one part of an instrument: `a3("专业化指标", "specialisation")`. */
export function clausesOf(instrument: Instrument, zhPrefix: string, enPrefix: string) {
  return (zh: string, en: string, from = instrument.from): ClauseRef => {
    const clause: LocalText = { "zh-CN": `${zhPrefix}${zh}`, en: `${enPrefix}${en}` };
    return {
      reference: { instrument: instrument.doc, clause, ...(instrument.url ? { url: instrument.url } : {}) },
      from,
    };
  };
}

/** One dated value of a series. */
export function v<T>(value: T, at: ClauseRef, confidence: Confidence, checkedOn: string): DatedValue<T> {
  return { value, from: at.from, reference: at.reference, confidence, checkedOn };
}

/** The clause that ended a threshold (or a criterion) on its date. */
export function repeal(at: ClauseRef, checkedOn: string): Repeal {
  return { repealed: true, from: at.from, reference: at.reference, checkedOn };
}

export function series<T>(unit: Unit, ...values: (DatedValue<T> | Repeal)[]): Series<T> {
  return { kind: "series", unit, values: sorted(values) };
}

/** The clauses a criterion rests on over time (its "basis"), each with its confidence. */
export function basis(...values: (DatedValue<null> | Repeal)[]): Series<null> {
  return { kind: "series", unit: null, values: sorted(values) };
}

/** A clause of a basis series: the clause itself, with no number. */
export const clause = (at: ClauseRef, confidence: Confidence, checkedOn: string) => v(null, at, confidence, checkedOn);

function sorted<T>(values: (DatedValue<T> | Repeal)[]) {
  for (let i = 1; i < values.length; i++) {
    if (values[i]!.from <= values[i - 1]!.from) throw new Error(`series out of date order at ${values[i]!.from}`);
  }
  return values;
}

function isSeries(x: unknown): x is Series<unknown> {
  return typeof x === "object" && x !== null && (x as { kind?: unknown }).kind === "series";
}

/** The value in force on `date`, or undefined before the first or after a repeal. */
export function valueAt<T>(s: Series<T>, date: string): DatedValue<T> | undefined {
  let found: DatedValue<T> | Repeal | undefined;
  for (const d of s.values) if (d.from <= date) found = d;
  return found && !("repealed" in found) ? found : undefined;
}

function sourceOf(d: DatedValue<unknown>): Source {
  return { reference: d.reference, confidence: d.confidence, effectiveFrom: d.from, checkedOn: d.checkedOn };
}

type Resolved<E> = {
  [K in keyof E]: E[K] extends Series<infer T> ? (K extends "basis" ? Source : Param<T>) : Resolved<E[K]>;
};

/**
 * A tier's parameters as in force on `date`: every series resolved to its value then; a series
 * not in force is left out, and a criterion whose basis is not in force is left out whole.
 */
export function resolveAt<E extends object>(entries: E, date: string): Resolved<E> {
  const out: Record<string, unknown> = {};
  for (const [key, x] of Object.entries(entries)) {
    if (isSeries(x)) {
      const d = valueAt(x, date);
      if (!d) continue;
      out[key] = x.unit === null ? sourceOf(d) : { ...sourceOf(d), value: d.value, unit: x.unit };
    } else if (typeof x === "object" && x !== null && !Array.isArray(x)) {
      if ("basis" in x && isSeries(x.basis) && !valueAt(x.basis, date)) continue;
      out[key] = resolveAt(x, date);
    } else {
      out[key] = x;
    }
  }
  return out as Resolved<E>;
}

/** The highest value a numeric series has ever had (the widest a question must allow). */
export const highest = (s: Series<number>) => Math.max(...s.values.flatMap((d) => ("repealed" in d ? [] : [d.value])));
