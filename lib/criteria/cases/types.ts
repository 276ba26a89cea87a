import type { Facts } from "../facts/schema";
import type { OutsideStandard } from "../params/sme-size-standard";
import type { SizeClass } from "../sme-size";
import type { Outcome, RulesetId, TierId, Verdict } from "../types";
import { baseFacts } from "./base";

/** A deep override of the facts: objects merge, everything else (arrays, null) replaces. */
export type Patch<T> = {
  [K in keyof T]?: NonNullable<T[K]> extends readonly unknown[]
    ? T[K]
    : NonNullable<T[K]> extends object
      ? Patch<NonNullable<T[K]>> | null
      : T[K];
};

export interface ExpectedGap {
  metric: string;
  shortfall?: number;
  actual?: number;
  required?: number;
  /** Chinese message, exactly. */
  zh?: string;
  /** English message, exactly. */
  en?: string;
}

export interface Case {
  name: string;
  ruleset: RulesetId;
  /** Overrides on the eligible base record. */
  facts?: Patch<Facts>;
  /** Start from these facts instead of the base record. */
  from?: Facts;
  verdicts?: Partial<Record<TierId, Verdict>>;
  /** Keyed by criterion id (checked in every tier listing it) or "tier/criterion". */
  outcomes?: Record<string, Outcome>;
  /** Tier score interval [min, max]. */
  score?: Partial<Record<TierId, readonly [number, number]>>;
  /** Criterion id → its (first) gap; null = no gap. */
  gaps?: Record<string, ExpectedGap | null>;
  /** Criterion id → some of its values. */
  values?: Record<string, Record<string, number | null>>;
  sizeClass?: SizeClass | null;
  /** Why common.sme-size is manual: the industry is outside the 2011 standard. */
  outside?: OutsideStandard;
  /** Criterion → the values its trace notes as lying on a bound the text leaves open. */
  boundaryNotes?: Record<string, string[]>;
  /** Criteria the answer must not list (not part of the rule set). */
  absent?: string[];
  /** Tiers the answer must list, in order. */
  tiers?: TierId[];
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

export function patch<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return over as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isPlainObject(v) && isPlainObject(out[k]) ? patch(out[k], v) : v;
  return out as T;
}

export function factsOf(c: Case): Facts {
  return patch<Facts>(c.from ?? baseFacts, c.facts ?? {});
}

/** Several patches as one (later ones win). */
export function merge<T>(...patches: Patch<T>[]): Patch<T> {
  return patches.reduce<Patch<T>>((acc, p) => patch(acc, p), {});
}
