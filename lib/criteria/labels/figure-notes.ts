import { DERIVED, isDerivedId, type TraceValue } from "../derived";
import { isAsked } from "../facts/ask";
import { leafOf } from "../facts/catalogue";
import type { CriterionResult } from "../output/types";
import type { Confidence, CriterionId } from "../types";
import type { ScorePartId } from "./terms-type";

// What a criterion card says beside the figures: which were never asked, which facts met a
// criterion that has other, failed routes, and what each worked figure is compared with.

type Read = (path: string) => unknown;

/**
 * Whether a figure is empty because its question was never shown for these answers (equity
 * financing when revenue is high, last year's score outside a review), not answered "don't know".
 * A derived figure is not asked when one of its inputs was not.
 */
export function notAsked(name: string, read: Read): boolean {
  if (isDerivedId(name)) return DERIVED[name].inputs.some((p) => notAsked(p, read));
  const leaf = leafOf(name);
  return leaf !== undefined && read(name) == null && !isAsked(leaf.entry.askIf, read);
}

export type MetFact =
  { kind: "fact"; name: string; value: TraceValue } | { kind: "score"; name: string; min: number; max: number };

const isNumber = (v: TraceValue | undefined): v is number => typeof v === "number";

/**
 * For a met criterion some of whose routes failed or are open (a direct route, "A or B"): the
 * answers and scores of the tests that were met, in the trace's order, each once. Figures already
 * listed with the criterion (`values`) are left out.
 */
export function metFacts(c: Pick<CriterionResult, "outcome" | "trace" | "values">): MetFact[] {
  const tests = c.trace.filter((s) => s.kind === "test");
  if (c.outcome !== "met" || tests.every((s) => s.value === "met")) return [];
  const out: MetFact[] = [];
  const seen = new Set(Object.keys(c.values));
  for (const s of tests) {
    if (s.value !== "met" || seen.has(s.name)) continue;
    seen.add(s.name);
    const { scoreMin, scoreMax, min, max } = s.inputs;
    if (s.name === "score" || s.name.startsWith("score.")) {
      const lo = isNumber(scoreMin) ? scoreMin : min;
      const hi = isNumber(scoreMax) ? scoreMax : max;
      if (isNumber(lo) && isNumber(hi)) out.push({ kind: "score", name: s.name, min: lo, max: hi });
      continue;
    }
    for (const [name, value] of Object.entries(s.inputs)) {
      if (seen.has(name) && name !== s.name) continue;
      seen.add(name);
      if (leafOf(name) || isDerivedId(name)) out.push({ kind: "fact", name, value });
    }
  }
  return out;
}

export type FigureUse =
  { kind: "score"; group: ScorePartId; item: ScorePartId } | { kind: "threshold"; op: "≥" | "≤"; value: number };

// The figures a points score reads, by the score's criterion: group and item (terms.score names them).
const SCORE_INPUTS: Partial<Record<CriterionId, Readonly<Record<string, readonly [ScorePartId, ScorePartId]>>>> = {
  "ism.score": {
    rdIntensityY1: ["innovation", "rdIntensity"],
    mainRevenueGrowthY1: ["growth", "mainRevenueGrowth"],
    debtRatio: ["growth", "debtRatio"],
    mainBusinessShare: ["specialisation", "mainBusinessShare"],
  },
  "ssme.score-or-direct": {
    mainBusinessShare: ["specialisation", "mainBusinessShare"],
    mainRevenueGrowthAvg2y: ["specialisation", "mainRevenueGrowth2y"],
    netMargin: ["refinement", "netMargin"],
    debtRatio: ["refinement", "debtRatio"],
    rdIntensityY1: ["innovation", "rdInput"],
    rdStaffShare: ["innovation", "rdStaffShare"],
  },
};

/**
 * What a worked figure is used for in its criterion: the score item it earns points in, or the
 * bound it is tested against ("≥ 5"). Null when the criterion does neither with it directly.
 */
export function figureUse(c: Pick<CriterionResult, "id" | "trace">, name: string): FigureUse | null {
  const scored = SCORE_INPUTS[c.id]?.[name];
  if (scored) return { kind: "score", group: scored[0], item: scored[1] };
  const bounds = new Set<string>();
  for (const s of c.trace) {
    const m = s.kind === "test" && s.name === name ? /(>=|<=) (-?\d+(?:\.\d+)?)$/.exec(s.formula) : null;
    if (m) bounds.add(`${m[1]} ${m[2]}`);
  }
  // Several bounds (branches not yet decided, e.g. by an unknown revenue class): none is "the" one.
  const [only] = bounds;
  if (bounds.size !== 1 || !only) return null;
  const [op, value] = only.split(" ");
  return { kind: "threshold", op: op === ">=" ? "≥" : "≤", value: Number(value) };
}

const CONFIDENCE_ORDER: readonly Confidence[] = ["secondary", "recall", "confirmed"];

/** Each confidence level the evaluation's criteria carry, once, with how many criteria carry it. */
export function confidenceLevels(tiers: readonly { criteria: readonly { confidence: Confidence }[] }[]) {
  const counts = new Map<Confidence, number>();
  for (const t of tiers) for (const c of t.criteria) counts.set(c.confidence, (counts.get(c.confidence) ?? 0) + 1);
  return CONFIDENCE_ORDER.filter((level) => counts.has(level)).map((level) => ({
    level,
    count: counts.get(level) ?? 0,
  }));
}
