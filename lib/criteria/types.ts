export type Locale = "zh-CN" | "en";
export const LOCALES: readonly Locale[] = ["zh-CN", "en"];

export type RulesetId = "miit-2026" | "miit-2022" | "miit-2020" | "miit-2018";
export const RULESET_IDS: readonly RulesetId[] = ["miit-2026", "miit-2022", "miit-2020", "miit-2018"];

export type TierId = "innovative-sme" | "specialized-sme" | "little-giant";
export const TIER_IDS: readonly TierId[] = ["innovative-sme", "specialized-sme", "little-giant"];

export type Outcome = "met" | "not_met" | "unknown" | "manual" | "not_applicable";
export const OUTCOMES: readonly Outcome[] = ["met", "not_met", "unknown", "manual", "not_applicable"];

export type Verdict = "eligible" | "not_eligible" | "undetermined";
export const VERDICTS: readonly Verdict[] = ["eligible", "not_eligible", "undetermined"];

export type Confidence = "confirmed" | "secondary" | "recall";

export type LocalText = Record<Locale, string>;

export type CriterionId =
  | "common.sme-size"
  | "common.legal-person"
  | "common.good-standing"
  | "ism.direct"
  | "ism.score"
  | "ism.tech-sme"
  | "ssme.prior-title"
  | "ssme.niche-years"
  | "ssme.scale"
  | "ssme.main-business-share"
  | "ssme.debt-ratio"
  | "ssme.rd"
  | "ssme.ip"
  | "ssme.market-share"
  | "ssme.development-score"
  | "ssme.score-or-direct"
  | "lg.prior-title"
  | "lg.niche-years"
  | "lg.revenue"
  | "lg.revenue-window"
  | "lg.main-business-share"
  | "lg.growth"
  | "lg.debt-ratio"
  | "lg.rd-total"
  | "lg.rd-intensity"
  | "lg.ip"
  | "lg.market-position"
  | "lg.field"
  | "lg.development-score"
  | "lg.exclusions"
  | "lg.info-system"
  | "lg.certification"
  | "lg.market-share"
  | "lg.brand"
  | "lg.innovation"
  | "lg.chain"
  | "lg.operating-years"
  | "lg.rd-institution"
  | "lg.classified";
