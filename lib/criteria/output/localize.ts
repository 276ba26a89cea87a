import { fillThresholds } from "../format";
import { sizeClassConfidence } from "../params/sme-size-standard";
import { chinaToday } from "../today";
import { criterionExplanations, criterionLabels, terms, tierTitle } from "../labels";
import { getRulesetInfo, reviewStandards, type RulesetReason } from "../rulesets/catalog";
import { getRulesetDef } from "../rulesets/registry";
import type { CriterionDef, RulesetDef } from "../rules/types";
import type { Locale, RulesetId } from "../types";
import { gapResult } from "./gap-message";
import type {
  CriterionCore,
  CriterionResult,
  Evaluation,
  EvaluationResult,
  RulesetReasonOutput,
  ScoreCore,
  ScoreOutput,
  TierResult,
} from "./types";

// Words for a language-neutral evaluation, in one language, when it is read: labels, references,
// explanations (filled with the thresholds the evaluation used), gap sentences, score names.

const byId = new WeakMap<RulesetDef, Map<string, CriterionDef>>();

/** A criterion's definition in its tier: the common ones cite each tier's own clause. */
function criterionDef(def: RulesetDef | null, tier: string, id: string): CriterionDef | undefined {
  if (!def) return undefined;
  let map = byId.get(def);
  if (!map)
    byId.set(def, (map = new Map(def.tiers.flatMap((t) => t.criteria.map((c) => [`${t.id}/${c.id}`, c] as const)))));
  return map.get(`${tier}/${id}`);
}

function explanation(c: CriterionCore, locale: Locale, known: CriterionDef | undefined): string {
  // A live evaluation shares its definition's thresholds, whose explanation is already filled in.
  if (known && known.thresholds === c.thresholds) return known.explanation[locale];
  return fillThresholds(criterionExplanations[locale][c.family][c.id] ?? "", c.thresholds);
}

const SIZE_CLASS_CONFIDENCE = sizeClassConfidence(chinaToday());

export function sizeWords(size: NonNullable<CriterionCore["size"]>, locale: Locale): CriterionResult["size"] {
  const t = terms[locale];
  return {
    industry: size.industry,
    industryLabel: size.industry === null ? null : t.sizeIndustries[size.industry],
    candidates: [...size.candidates],
    sizeClass: size.sizeClass,
    sizeClassLabel: size.sizeClass === null ? null : t.sizeClasses[size.sizeClass],
    classConfidence: SIZE_CLASS_CONFIDENCE,
    outside: size.outside ?? null,
    outsideReason: size.outside ? t.sizeOutside[size.outside] : null,
  };
}

function criterion(
  c: CriterionCore,
  locale: Locale,
  def: RulesetDef | null,
  tier: string,
  year: number | null,
): CriterionResult {
  const known = criterionDef(def, tier, c.id);
  const gaps = c.gaps.length === 0 ? [] : c.gaps.map((g) => gapResult(g, locale, year));
  const words = {
    label: criterionLabels[locale][c.id],
    reference: known?.reference[locale] ?? "",
    gap: gaps[0] ?? null,
    explanation: explanation(c, locale, known),
    gaps,
  };
  const size = c.size ? sizeWords(c.size, locale) : undefined;
  const out: CriterionResult = {
    id: c.id,
    outcome: c.outcome,
    label: words.label,
    reference: words.reference,
    confidence: c.confidence,
    values: c.values,
    gap: words.gap,
    explanation: words.explanation,
    gaps,
    thresholds: c.thresholds,
    trace: c.trace,
  };
  if (size) out.size = size;
  return out;
}

// Objects are built plainly, without spreads: this runs for every evaluation the API answers.
export function localScore(s: ScoreCore, locale: Locale): ScoreOutput {
  const names = terms[locale].score as Record<string, string>;
  const groups: ScoreOutput["groups"] = {};
  for (const gid in s.groups) {
    const g = s.groups[gid]!;
    const items: ScoreOutput["groups"][string]["items"] = {};
    for (const iid in g.items) {
      const it = g.items[iid]!;
      items[iid] = { label: names[iid] ?? iid, min: it.min, max: it.max, of: it.of };
    }
    groups[gid] = { label: names[gid] ?? gid, min: g.min, max: g.max, of: g.of, subMinimum: g.subMinimum, items };
  }
  return { min: s.min, max: s.max, passMark: s.passMark, groups };
}

/**
 * The evaluation worded in `locale`. `def` is the rule set that produced it (default: the one
 * built from today's parameters), whose references are cited.
 */
export function localize(
  e: Evaluation,
  locale: Locale,
  def: RulesetDef | null = getRulesetDef(e.ruleset.id),
): EvaluationResult {
  const { id, effectiveFrom, effectiveTo } = e.ruleset;
  const tiers = e.tiers.map((tier) => {
    const out: TierResult = {
      id: tier.id,
      verdict: tier.verdict,
      criteria: tier.criteria.map((c) => criterion(c, locale, def, tier.id, e.assessmentYear)),
      title: tierTitle(locale, id, tier.id),
      alternatives: tier.alternatives,
    };
    if (tier.score) out.score = localScore(tier.score, locale);
    return out;
  });
  const ruleset: EvaluationResult["ruleset"] = {
    id,
    title: getRulesetInfo(id).title[locale],
    effectiveFrom,
    effectiveTo,
  };
  if (e.ruleset.reason) ruleset.reason = rulesetReason(e.ruleset.reason, id, e.assessmentYear, locale);
  return { ruleset, tiers, locale };
}

/** Why a rule set was used, in words: a review year names the notice that keeps its standard. */
export function rulesetReason(
  code: RulesetReason,
  id: RulesetId,
  assessmentYear: number | null,
  locale: Locale,
): RulesetReasonOutput {
  const t = terms[locale].rulesetReasons;
  if (code !== "review_year") return { code, message: t[code] };
  const kept = reviewStandards.find((r) => r.year === assessmentYear && r.ruleset === id);
  const message = kept
    ? t.review_year
        .replace("{year}", String(kept.year))
        .replace("{title}", getRulesetInfo(id).title[locale])
        .replace("{notice}", kept.notice.doc)
    : t.in_force;
  return { code, message };
}
