import type { DerivedValues, TraceStep } from "../derived";
import type { FlatFacts } from "../facts/flatten";
import type { GapSpec } from "../gap";
import type { Unit } from "../params/types";
import type { ScoreResult } from "../score";
import type { SizeInfo } from "../sme-size";
import type { Confidence, CriterionId, LocalText, Outcome, RulesetId, TierId } from "../types";

export interface Ctx {
  f: FlatFacts;
  d: DerivedValues;
}

/** Derived numbers shown with a criterion; null = unknown. Percent convention as in derived.ts. */
export type Values = Record<string, number | null>;

export interface RunResult {
  outcome: Outcome;
  values: Values;
  trace: TraceStep[];
  /** Gaps of the failing numeric parts; reported only when the outcome is not_met. */
  gaps: GapSpec[];
  score?: ScoreResult;
  size?: SizeInfo;
}

export interface Threshold {
  value: number;
  unit: Unit;
}

export interface CriterionDef {
  id: CriterionId;
  /** The rule set whose parameters and texts the criterion uses. */
  family: RulesetId;
  reference: LocalText;
  confidence: Confidence;
  thresholds: Readonly<Record<string, Threshold>>;
  explanation: LocalText;
  run(ctx: Ctx): RunResult;
}

export interface TierDef {
  id: TierId;
  criteria: CriterionDef[];
  /** Groups of criteria of which one met suffices (criteria.md: ism.direct / ism.score). */
  alternatives: readonly (readonly CriterionId[])[];
  /** The criterion whose points score is reported as the tier's score. */
  scoreFrom: CriterionId | null;
}

export interface RulesetDef {
  id: RulesetId;
  title: LocalText;
  effectiveFrom: string;
  effectiveTo: string | null;
  tiers: TierDef[];
}
