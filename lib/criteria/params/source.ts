import type { Confidence } from "../types";
import type { Band, Bands, Param, Source, Unit } from "./types";

/** The day the thresholds were last checked against criteria.md. */
export const CHECKED_ON = "2026-11-21";

export interface ClauseBuilder {
  basis(): Source;
  p<T>(value: T, unit: Unit, confidence?: Confidence): Param<T>;
}

/** Builds sources and params that cite one clause of one instrument. */
export function clause(
  instrument: string,
  zh: string,
  en: string,
  confidence: Confidence,
  effectiveFrom: string,
): ClauseBuilder {
  const source = (c: Confidence): Source => ({
    reference: { instrument, clause: { "zh-CN": zh, en } },
    confidence: c,
    effectiveFrom,
    checkedOn: CHECKED_ON,
  });
  return {
    basis: () => source(confidence),
    p: (value, unit, c) => ({ value, unit, ...source(c ?? confidence) }),
  };
}

/** Ladder from [bound, points] pairs, tested in order with one operator. */
export function bands(op: Band["op"], pairs: ReadonlyArray<readonly [number, number]>, otherwise: number): Bands {
  return { rungs: pairs.map(([bound, points]) => ({ op, bound, points })), otherwise };
}
