// Public API of the rules engine, as the rest of the app uses it. Pure: no I/O, imports nothing
// outside lib/criteria but zod. Its own modules (catalogue, parameters, builders) are imported
// by path where a maintainer or a test needs them.

export type { Locale, RulesetId, TierId, Outcome, Verdict, CriterionId } from "./types";
export { RULESET_IDS, TIER_IDS, OUTCOMES, VERDICTS } from "./types";

export type { Facts } from "./facts/schema";
export { factLeaves } from "./facts/catalogue";
export { STEP_IDS } from "./facts/entry";
export { flattenFacts } from "./facts/flatten";
export { parseFacts } from "./facts/parse";
export { PROVINCES, isProvinceCode } from "./provinces";

export { rulesets, rulesetInForce, isRulesetId, getRulesetInfo } from "./rulesets/catalog";
export { evaluate, evaluateCore, rulesetFor } from "./evaluate";
export { localize } from "./output/localize";
export { storedEvaluation } from "./output/stored";
export type { Evaluation, EvaluationResult, CriterionResult, ScoreOutput } from "./output/types";
export { tierVerdict } from "./verdict";
export { evaluateRequest, MAX_BODY_BYTES, type HttpAnswer } from "./http";

export { criterionLabels, tierTitle } from "./labels";
export { valueLabel, valueUnit } from "./names";
