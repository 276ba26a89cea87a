import type { Confidence, LocalText } from "../types";

/** Units of parameters and gaps. Ratios are percent numbers (93.33 means 93.33 %). */
export type Unit = "万元" | "%" | "年" | "项" | "分" | "位" | "人" | "级" | "flag" | "set" | "bands" | "limits";

export interface Reference {
  /** The instrument's document number, e.g. "工信部企业〔2026〕2号". */
  instrument: string;
  clause: LocalText;
  /** The copy of the text that was read (criteria.md section 6), where there is one. */
  url?: string;
}

/** Where a rule comes from, as in force on a rule set's date (see series.ts). */
export interface Source {
  reference: Reference;
  confidence: Confidence;
  /** YYYY-MM-DD on which this value took effect. */
  effectiveFrom: string;
  /** YYYY-MM-DD on which a maintainer last checked this value against the text. */
  checkedOn: string;
}

export interface Param<T> extends Source {
  value: T;
  unit: Unit;
}

/** One rung of a points ladder: the first rung whose test holds gives its points. */
export interface Band {
  op: ">=" | ">" | "<" | "<=";
  bound: number;
  points: number;
}

export interface Bands {
  rungs: Band[];
  otherwise: number;
  /**
   * Bounds the text leaves open: two plain ranges ("50%-60%", "60%-70%") share them. They are
   * placed by criteria.md's convention, and a value exactly on one is noted in the trace.
   */
  ambiguous?: readonly number[];
}

export const CONFIDENCE_RANK: Record<Confidence, number> = { confirmed: 2, secondary: 1, recall: 0 };

export function weakest(list: readonly Confidence[]): Confidence {
  let worst: Confidence = "confirmed";
  for (const c of list) if (CONFIDENCE_RANK[c] < CONFIDENCE_RANK[worst]) worst = c;
  return worst;
}

export function isSource(x: unknown): x is Source {
  return typeof x === "object" && x !== null && "reference" in x && "confidence" in x;
}

export function isParam(x: unknown): x is Param<unknown> {
  return isSource(x) && "value" in x && "unit" in x;
}
