import type { TraceStep } from "../derived";
import type { GapKind, GapUnit } from "../gap";
import type { OutsideStandard, SizeIndustry } from "../params/sme-size-standard";
import type { Threshold, Values } from "../rules/types";
import type { RulesetReason } from "../rulesets/catalog";
import type { SizeClass } from "../sme-size";
import type { Confidence, CriterionId, Locale, Outcome, RulesetId, TierId, Verdict } from "../types";

// Two shapes of an evaluation. `Evaluation` is language-neutral (ids, outcomes, numbers): what is
// stored with a submitted assessment. `EvaluationResult` is the answer of criteria.md section 5,
// words resolved in one language when read (output/localize.ts). Contract fields first.
// Numbers: money in 万元; ratios, shares, intensities and growth rates as percent numbers rounded
// to 2 decimals (93.33 = 93.33 %); counts, years and points as they are.

/** A gap as computed: its sentence is written when read, in the reader's language. */
export interface GapCore {
  metric: string;
  actual: number;
  required: number;
  shortfall: number;
  unit: GapUnit;
  kind: GapKind;
  target: { value: number; unit: GapUnit };
  alternative?: GapAlternative;
}

export interface CriterionCore {
  id: CriterionId;
  /** The rule set whose texts word the criterion (the base tier of miit-2026 is miit-2022's). */
  family: RulesetId;
  outcome: Outcome;
  confidence: Confidence;
  values: Values;
  /** Every failing numeric part when not_met, the first one first. */
  gaps: GapCore[];
  thresholds: Readonly<Record<string, Threshold>>;
  trace: TraceStep[];
  size?: {
    industry: SizeIndustry | null;
    candidates: readonly SizeIndustry[];
    sizeClass: SizeClass | null;
    /** Why the industry is outside the 2011 size standard; absent in evaluations stored before. */
    outside?: OutsideStandard | null;
  };
}

export interface ScoreCore {
  min: number;
  max: number;
  passMark: number;
  groups: Record<
    string,
    {
      min: number;
      max: number;
      of: number;
      subMinimum: number | null;
      items: Record<string, { min: number; max: number; of: number }>;
    }
  >;
}

export interface TierCore {
  id: TierId;
  verdict: Verdict;
  criteria: CriterionCore[];
  score?: ScoreCore;
  alternatives: readonly (readonly CriterionId[])[];
}

/** The language-neutral evaluation. */
export interface Evaluation {
  /** `reason`: why this rule set (absent in evaluations stored before it was recorded). */
  ruleset: { id: RulesetId; effectiveFrom: string; effectiveTo: string | null; reason?: RulesetReason };
  /** The facts' assessment year, which names the fiscal years in the words read later. */
  assessmentYear: number | null;
  tiers: TierCore[];
}

/**
 * A gap on one route of an OR ("或"): `group` names the OR within its criterion, `option` is the
 * route's position among `of` routes. Routes without a numeric gap (a title, an award) have none,
 * so fewer than `of` options may carry gaps. Absent: the gap must be closed.
 */
export interface GapAlternative {
  group: string;
  option: number;
  of: number;
}

export interface GapResult {
  metric: string;
  actual: number;
  required: number;
  shortfall: number;
  unit: GapUnit;
  message: string;
  target: { value: number; unit: GapUnit };
  /** Present when closing this gap is one route of several (an OR in the text): which one. */
  alternative?: GapAlternative;
}

export interface SizeOutput {
  industry: SizeIndustry | null;
  industryLabel: string | null;
  candidates: SizeIndustry[];
  sizeClass: SizeClass | null;
  sizeClassLabel: string | null;
  /** How sure the medium/small/micro bands are (the ceilings are confirmed). */
  classConfidence: Confidence;
  /** The industry is outside the 2011 standard: which case, and why, in words. */
  outside: OutsideStandard | null;
  outsideReason: string | null;
}

export interface CriterionResult {
  id: CriterionId;
  outcome: Outcome;
  label: string;
  reference: string;
  confidence: Confidence;
  values: Values;
  gap: GapResult | null;
  explanation: string;
  /** Every failing numeric part when not_met; `gap` is the first. */
  gaps: GapResult[];
  thresholds: Readonly<Record<string, Threshold>>;
  trace: TraceStep[];
  size?: SizeOutput;
}

export interface ScoreItemOutput {
  label: string;
  min: number;
  max: number;
  of: number;
}

export interface ScoreGroupOutput extends ScoreItemOutput {
  subMinimum: number | null;
  items: Record<string, ScoreItemOutput>;
}

export interface ScoreOutput {
  min: number;
  max: number;
  passMark: number;
  groups: Record<string, ScoreGroupOutput>;
}

export interface TierResult {
  id: TierId;
  verdict: Verdict;
  criteria: CriterionResult[];
  score?: ScoreOutput;
  title: string;
  /** Criteria of which one met suffices; the verdict counts each group once. */
  alternatives: readonly (readonly CriterionId[])[];
}

/** Why an evaluation uses its rule set, as a code and a sentence in the reader's language. */
export interface RulesetReasonOutput {
  code: RulesetReason;
  message: string;
}

export interface EvaluationResult {
  ruleset: {
    id: RulesetId;
    title: string;
    effectiveFrom: string;
    effectiveTo: string | null;
    reason?: RulesetReasonOutput;
  };
  tiers: TierResult[];
  locale: Locale;
}
