// Public API of the rules engine. Pure: no I/O, imports nothing outside lib/criteria but zod.

export type { Locale, RulesetId, TierId, Outcome, Verdict, Confidence, CriterionId, LocalText } from "./types";
export { LOCALES, RULESET_IDS, TIER_IDS, OUTCOMES, VERDICTS } from "./types";

export { factsObject, factsSchema, type Facts } from "./facts/schema";
export {
  catalogue,
  factEntries,
  factLeaves,
  leafOf,
  isFactPath,
  type EntryPath,
  type FactPath,
  type FactValue,
  type FlatFacts,
  type Leaf,
} from "./facts/catalogue";
export {
  STEP_IDS,
  type StepId,
  type FactEntry,
  type FactKind,
  type FactUnit,
  type AskIf,
  type YearKey,
} from "./facts/entry";
export { flattenFacts } from "./facts/flatten";
export { DERIVED, derive, isDerivedId, type DerivedId, type DerivedDef } from "./derived";
export { valueLabel } from "./names";
export { factLabel, withYear } from "./facts/label";
export { valueUnit, withUnit, UNIT_WORDS } from "./units";
export { factsCrossChecks } from "./facts/checks";
export { parseFacts, issueCodes, type FactsIssue, type ParseFactsResult } from "./facts/parse";
export * from "./facts/enums";
export { VALIDATION_CODES, validationMessages, validationMessage, type ValidationCode } from "./messages";
export { isValidUscc, usccCheckChar, usccProblem, USCC_ALPHABET } from "./uscc";
export { PROVINCES, PROVINCE_CODES, isProvinceCode } from "./provinces";

export { rulesets, rulesetInForce, isRulesetId, type RulesetInfo } from "./rulesets/catalog";
export { getRuleset, type RulesetDescription, type CriterionDescription } from "./describe";
export {
  evaluate,
  evaluateWith,
  evaluateCore,
  evaluateCoreWith,
  defaultRulesetId,
  chinaToday,
  type EvaluateOptions,
} from "./evaluate";
export { localize } from "./output/localize";
export { storedEvaluation } from "./output/stored";
export type {
  Evaluation,
  TierCore,
  CriterionCore,
  GapCore,
  EvaluationResult,
  TierResult,
  CriterionResult,
  GapResult,
  ScoreOutput,
  ScoreGroupOutput,
  ScoreItemOutput,
  SizeOutput,
} from "./output/types";
export type { TraceStep, TraceValue } from "./derived";
export { tierVerdict } from "./verdict";
export { evaluateRequest, MAX_BODY_BYTES, type HttpAnswer, type EvaluateRequestOptions } from "./http";

export { criterionLabels, criterionExplanations, tierTitles, tierTitle, terms, type Terms } from "./labels";

// Parameters as data, and the builders that turn them into rule sets (for maintainers and tests).
export { miit2026Params, type Miit2026Params } from "./params/miit-2026";
export { miit2022Params, type Miit2022Params } from "./params/miit-2022";
export { miit2018Params, type Miit2018Params } from "./params/miit-2018";
export { smeSizeStandardAt, SIZE_INDUSTRIES, type SizeIndustry } from "./params/sme-size-standard";
export type { Param, Source, Reference, Unit, Bands, Band } from "./params/types";
export { buildMiit2026, buildMiit2022, buildMiit2018 } from "./rulesets/build";
export { sizeIndustries, type SizeClass } from "./sme-size";
