import type { TraceStep } from "../derived";
import type { GapUnit } from "../gap";
import type { SizeIndustry } from "../params/sme-size-standard";
import type { Threshold, Values } from "../rules/types";
import type { SizeClass } from "../sme-size";
import type { Confidence, CriterionId, Locale, Outcome, RulesetId, TierId, Verdict } from "../types";

// The evaluation answer of criteria.md section 5. Contract fields first; the others are additions.
// Numbers: money in 万元; ratios, shares, intensities and growth rates as percent numbers rounded
// to 2 decimals (93.33 = 93.33 %); counts, years and points as they are.

export interface GapResult {
  metric: string;
  actual: number;
  required: number;
  shortfall: number;
  unit: GapUnit;
  message: string;
  target: { value: number; unit: GapUnit };
}

export interface SizeOutput {
  industry: SizeIndustry | null;
  industryLabel: string | null;
  candidates: SizeIndustry[];
  sizeClass: SizeClass | null;
  sizeClassLabel: string | null;
  /** The medium/small/micro bands are recalled from the standard, unlike its ceilings. */
  classConfidence: Confidence;
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

export interface EvaluationResult {
  ruleset: { id: RulesetId; title: string; effectiveFrom: string; effectiveTo: string | null };
  tiers: TierResult[];
  locale: Locale;
}
