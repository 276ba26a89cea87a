import { criterionLabels, terms } from "../labels";
import { round2 } from "../logic";
import type { CriterionDef, RunResult, Values } from "../rules/types";
import type { ScoreResult } from "../score";
import type { Locale } from "../types";
import { gapResult } from "./gap-message";
import type { CriterionResult, GapResult, ScoreGroupOutput, ScoreOutput, SizeOutput } from "./types";

function rounded(values: Values): Values {
  const out: Values = {};
  for (const key in values) {
    const v = values[key];
    out[key] = v === null || v === undefined ? null : round2(v);
  }
  return out;
}

function sizeOutput(run: RunResult, locale: Locale): SizeOutput | undefined {
  const s = run.size;
  if (!s) return undefined;
  const t = terms[locale];
  return {
    industry: s.industry,
    industryLabel: s.industry === null ? null : t.sizeIndustries[s.industry],
    candidates: [...s.candidates],
    sizeClass: s.sizeClass,
    sizeClassLabel: s.sizeClass === null ? null : t.sizeClasses[s.sizeClass],
    classConfidence: "recall",
  };
}

export function criterionResult(
  def: CriterionDef,
  run: RunResult,
  locale: Locale,
  assessmentYear: number | null,
): CriterionResult {
  const gaps: GapResult[] = [];
  if (run.outcome === "not_met") for (const g of run.gaps) gaps.push(gapResult(g, locale, assessmentYear));
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
  const size = sizeOutput(run, locale);
  if (size) result.size = size;
  return result;
}

function scoreLabel(locale: Locale, id: string): string {
  return (terms[locale].score as Record<string, string>)[id] ?? id;
}

export function scoreOutput(score: ScoreResult, locale: Locale): ScoreOutput {
  const label = (id: string) => scoreLabel(locale, id);
  const groups: Record<string, ScoreGroupOutput> = {};
  for (const [gid, g] of Object.entries(score.groups)) {
    const items: ScoreGroupOutput["items"] = {};
    for (const [iid, it] of Object.entries(g.items)) {
      items[iid] = { label: label(iid), min: round2(it.min), max: round2(it.max), of: it.of };
    }
    groups[gid] = {
      label: label(gid),
      min: round2(g.min),
      max: round2(g.max),
      of: g.of,
      subMinimum: g.subMinimum,
      items,
    };
  }
  return { min: round2(score.min), max: round2(score.max), passMark: score.passMark, groups };
}
