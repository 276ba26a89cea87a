import type { OutsideStandard, SizeIndustry } from "../params/sme-size-standard";
import type { RulesetReason } from "../rulesets/catalog";
import type { SizeClass } from "../sme-size";
import type { RulesetId, TierId } from "../types";

export const GAP_TEMPLATE_KEYS = [
  "increase.万元",
  "increase.%",
  "increase.年",
  "increase.项",
  "increase.分",
  "decrease.%",
  "rank.位",
  "below.人",
  "below.万元",
] as const;
export type GapTemplateKey = (typeof GAP_TEMPLATE_KEYS)[number];

export const SCORE_PART_IDS = [
  "innovation",
  "growth",
  "specialisation",
  "refinement",
  "distinctiveness",
  "ip",
  "rdIntensity",
  "mainRevenueGrowth",
  "debtRatio",
  "field",
  "mainBusinessShare",
  "mainRevenueGrowth2y",
  "nicheYears",
  "digitalLevel",
  "quality",
  "netMargin",
  "provincialLocal",
  "rdInput",
  "rdStaffShare",
  "rdInstitution",
] as const;
export type ScorePartId = (typeof SCORE_PART_IDS)[number];

/** Everything but criterion texts that the engine says, in one locale. */
export interface Terms {
  tiers: Record<TierId, string>;
  /** Where a rule set names a tier differently (the 2026 base tier). */
  tiersByRuleset: Partial<Record<RulesetId, Partial<Record<TierId, string>>>>;
  /** The total of a points score, and the score of one group ("{part}指标得分"). */
  scoreTotal: string;
  scoreOf: string;
  gapTemplates: Record<GapTemplateKey, string>;
  score: Record<ScorePartId, string>;
  sizeIndustries: Record<SizeIndustry, string>;
  /** Why an industry outside the 2011 size standard is not judged by it. */
  sizeOutside: Record<OutsideStandard, string>;
  sizeClasses: Record<SizeClass, string>;
  /** Why an evaluation uses its rule set; {year} and {notice} for a review year's rule. */
  rulesetReasons: Record<RulesetReason, string>;
}
