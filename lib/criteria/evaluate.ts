import { deriveValues } from "./derived";
import { flattenFacts } from "./facts/flatten";
import type { Facts } from "./facts/schema";
import { tierTitle } from "./labels";
import { chinaToday } from "./today";
import { criterionCore, criterionResult, scoreCore } from "./output/criterion";
import { localScore, rulesetReason } from "./output/localize";
import type { Evaluation, EvaluationResult, TierCore, TierResult } from "./output/types";
import { chooseRuleset, type RulesetChoice } from "./rulesets/catalog";
import { getRulesetDef } from "./rulesets/registry";
import type { Ctx, RulesetDef, RunResult } from "./rules/types";
import type { Locale, RulesetId } from "./types";
import { tierVerdict } from "./verdict";

export interface EvaluateOptions {
  /** Default: the rule set in force on `today`, or a review year's (see chooseRuleset). */
  ruleset?: RulesetId;
  locale?: Locale;
  /** YYYY-MM-DD; default: today in China (UTC+8). */
  today?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A missing or malformed date means today in China. */
const dayOf = (today?: string) => (today !== undefined && ISO_DATE.test(today) ? today : chinaToday());

/** The rule set an evaluation of these facts uses, and why (criteria.md section 5). */
export function rulesetFor(facts: Facts, options: Omit<EvaluateOptions, "locale"> = {}): RulesetChoice {
  if (options.ruleset) return { id: options.ruleset, reason: "requested" };
  return chooseRuleset(facts, dayOf(options.today));
}

/** Runs a built rule set: the language-neutral evaluation. Facts are taken as validated. */
export function evaluateCoreWith(def: RulesetDef, facts: Facts, reason?: RulesetChoice["reason"]): Evaluation {
  const f = flattenFacts(facts);
  const ctx: Ctx = { f, d: deriveValues(f) };
  const tiers: TierCore[] = def.tiers.map((tier) => {
    const runs: RunResult[] = tier.criteria.map((c) => c.run(ctx));
    const criteria = tier.criteria.map((c, i) => criterionCore(c, runs[i] as RunResult));
    const result: TierCore = {
      id: tier.id,
      verdict: tierVerdict(criteria, tier.alternatives),
      criteria,
      alternatives: tier.alternatives,
    };
    const scored =
      tier.scoreFrom === null ? undefined : runs[tier.criteria.findIndex((c) => c.id === tier.scoreFrom)]?.score;
    if (scored) result.score = scoreCore(scored);
    return result;
  });
  const ruleset: Evaluation["ruleset"] = { id: def.id, effectiveFrom: def.effectiveFrom, effectiveTo: def.effectiveTo };
  if (reason) ruleset.reason = reason;
  return { ruleset, assessmentYear: f.assessmentYear, tiers };
}

/**
 * The same, worded in `locale` (the answer of criteria.md section 5). Built in one pass, as every
 * API call does it; `localize` words a stored evaluation the same way.
 */
export function evaluateWith(
  def: RulesetDef,
  facts: Facts,
  locale: Locale = "zh-CN",
  reason?: RulesetChoice["reason"],
): EvaluationResult {
  const f = flattenFacts(facts);
  const ctx: Ctx = { f, d: deriveValues(f) };
  const tiers: TierResult[] = def.tiers.map((tier) => {
    const runs: RunResult[] = tier.criteria.map((c) => c.run(ctx));
    const criteria = tier.criteria.map((c, i) => criterionResult(c, runs[i] as RunResult, locale, f.assessmentYear));
    const result: TierResult = {
      id: tier.id,
      verdict: tierVerdict(criteria, tier.alternatives),
      criteria,
      title: tierTitle(locale, def.id, tier.id),
      alternatives: tier.alternatives,
    };
    const scored =
      tier.scoreFrom === null ? undefined : runs[tier.criteria.findIndex((c) => c.id === tier.scoreFrom)]?.score;
    if (scored) result.score = localScore(scoreCore(scored), locale);
    return result;
  });
  const ruleset: EvaluationResult["ruleset"] = {
    id: def.id,
    title: def.title[locale],
    effectiveFrom: def.effectiveFrom,
    effectiveTo: def.effectiveTo,
  };
  if (reason) ruleset.reason = rulesetReason(reason, def.id, f.assessmentYear, locale);
  return { ruleset, tiers, locale };
}

/** The language-neutral evaluation under a rule set (default: the one in force on `today`). */
export function evaluateCore(facts: Facts, options: Omit<EvaluateOptions, "locale"> = {}): Evaluation {
  const { id, reason } = rulesetFor(facts, options);
  return evaluateCoreWith(getRulesetDef(id), facts, reason);
}

export function evaluate(facts: Facts, options: EvaluateOptions = {}): EvaluationResult {
  const { id, reason } = rulesetFor(facts, options);
  return evaluateWith(getRulesetDef(id), facts, options.locale ?? "zh-CN", reason);
}
