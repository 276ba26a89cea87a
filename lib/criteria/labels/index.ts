import type { CriterionId, Locale, RulesetId, TierId } from "../types";
import { explanationsEn, labelsEn } from "./criteria.en";
import { explanationsZh, labelsZh } from "./criteria.zh-CN";
import { termsEn } from "./terms.en";
import type { Terms } from "./terms-type";
import { termsZh } from "./terms.zh-CN";

// All engine texts, keyed by locale first so a test can compare the two catalogues key by key.

export const criterionLabels: Record<Locale, Record<CriterionId, string>> = { "zh-CN": labelsZh, en: labelsEn };

/** Explanation templates by locale, then the rule set whose parameters fill them, then criterion. */
export const criterionExplanations: Record<Locale, Record<RulesetId, Partial<Record<CriterionId, string>>>> = {
  "zh-CN": explanationsZh,
  en: explanationsEn,
};

export const terms: Record<Locale, Terms> = { "zh-CN": termsZh, en: termsEn };

export function tierTitle(locale: Locale, ruleset: RulesetId, tier: TierId): string {
  const t = terms[locale];
  return t.tiersByRuleset[ruleset]?.[tier] ?? t.tiers[tier];
}

export type { Terms, GapTemplateKey } from "./terms-type";
