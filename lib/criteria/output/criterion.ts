import { round2 } from "../logic";
import type { CriterionDef, RunResult, Values } from "../rules/types";
import type { ScoreResult } from "../score";
import { criterionLabels } from "../labels";
import type { Locale } from "../types";
import { gapResult } from "./gap-message";
import { sizeWords } from "./localize";
import type { CriterionCore, CriterionResult, ScoreCore } from "./types";

// The language-neutral record of one criterion's run, and of a points score.

function rounded(values: Values): Values {
  const out: Values = {};
  for (const key in values) {
    const v = values[key];
    out[key] = v === null || v === undefined ? null : round2(v);
  }
  return out;
}

export function criterionCore(def: CriterionDef, run: RunResult): CriterionCore {
  const result: CriterionCore = {
    id: def.id,
    family: def.family,
    outcome: run.outcome,
    confidence: def.confidence,
    values: rounded(run.values),
    gaps: run.outcome === "not_met" ? run.gaps : [],
    thresholds: def.thresholds,
    trace: run.trace,
  };
  if (run.size) {
    const s = run.size;
    result.size = { industry: s.industry, candidates: [...s.candidates], sizeClass: s.sizeClass, outside: s.outside };
  }
  return result;
}

export function scoreCore(score: ScoreResult): ScoreCore {
  const groups: ScoreCore["groups"] = {};
  for (const [gid, g] of Object.entries(score.groups)) {
    const items: ScoreCore["groups"][string]["items"] = {};
    for (const [iid, it] of Object.entries(g.items))
      items[iid] = { min: round2(it.min), max: round2(it.max), of: it.of };
    groups[gid] = { min: round2(g.min), max: round2(g.max), of: g.of, subMinimum: g.subMinimum, items };
  }
  return { min: round2(score.min), max: round2(score.max), passMark: score.passMark, groups };
}

/** A criterion's run worded at once in `locale`: the evaluation API's path, one object per criterion. */
export function criterionResult(
  def: CriterionDef,
  run: RunResult,
  locale: Locale,
  year: number | null,
): CriterionResult {
  const gaps = run.outcome === "not_met" && run.gaps.length > 0 ? run.gaps.map((g) => gapResult(g, locale, year)) : [];
  const result: CriterionResult = {
    id: def.id,
    outcome: run.outcome,
    label: criterionLabels[locale][def.id],
    reference: def.reference[locale],
    confidence: def.confidence,
    values: rounded(run.values),
    gap: gaps[0] ?? null,
    explanation: def.explanation[locale],
    gaps,
    thresholds: def.thresholds,
    trace: run.trace,
  };
  if (run.size) result.size = sizeWords(run.size, locale);
  return result;
}
