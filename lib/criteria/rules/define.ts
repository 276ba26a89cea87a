import { criterionExplanations } from "../labels";
import { fillThresholds } from "../format";
import { isParam, isSource, weakest, type Source } from "../params/types";
import { LOCALES, type CriterionId, type LocalText, type RulesetId } from "../types";
import type { Ctx, CriterionDef, RunResult, Threshold } from "./types";

function referenceText(sources: readonly Source[]): LocalText {
  const seen = new Set<string>();
  const zh: string[] = [];
  const en: string[] = [];
  for (const s of sources) {
    const key = `${s.reference.instrument}|${s.reference.clause["zh-CN"]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    zh.push(`${s.reference.instrument} ${s.reference.clause["zh-CN"]}`);
    en.push(`${s.reference.instrument}, ${s.reference.clause.en}`);
  }
  return { "zh-CN": zh.join("；"), en: en.join("; ") };
}

/**
 * A criterion from its parameter entry: the reference is the entry's clause(s), the confidence the
 * weakest of everything the entry holds, the explanation the locale's text with the thresholds.
 */
export function define(
  id: CriterionId,
  family: RulesetId,
  entry: object,
  run: (ctx: Ctx) => RunResult,
  extraSources: readonly Source[] = [],
): CriterionDef {
  const sources: Source[] = [];
  const thresholds: Record<string, Threshold> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (!isSource(value)) continue;
    sources.push(value);
    if (isParam(value) && typeof value.value === "number") {
      thresholds[key] = Object.freeze({ value: value.value, unit: value.unit });
    }
  }
  const all = [...sources, ...extraSources];
  const referenceSources = sources.filter((s) => !isParam(s));
  const explanation = {} as LocalText;
  for (const locale of LOCALES) {
    explanation[locale] = fillThresholds(criterionExplanations[locale][family][id] ?? "", thresholds);
  }
  return {
    id,
    family,
    reference: referenceText(referenceSources.length > 0 ? referenceSources : all),
    confidence: weakest(all.map((s) => s.confidence)),
    // Shared by every evaluation's answer, so frozen against a caller mutating one.
    thresholds: Object.freeze(thresholds),
    explanation,
    run,
  };
}
