import type { CriterionId, RulesetId, TierId, Verdict } from "@/lib/criteria";

// What the insights page shows, computed either in SQL over submitted assessments
// (query-insights.ts) or in memory over any list of rows, e.g. a stored screening (aggregate.ts).

export const METRICS = ["rdIntensity", "mainShare", "debtRatio", "revenue"] as const;
export type MetricId = (typeof METRICS)[number];

/** One firm: its verdict per tier, the criteria it does not meet per tier, and its main metrics. */
export type InsightRow = {
  tiers: Partial<Record<TierId, Verdict>>;
  notMet: Partial<Record<TierId, readonly CriterionId[]>>;
  /** Percent numbers (93.33 = 93.33 %), revenue of y1 in 万元; null when not known. */
  metrics: Record<MetricId, number | null>;
};

/**
 * A threshold of a metric as in force for a rule set: ">=" a minimum (the metric meets it at or
 * above), "<=" a maximum (at or below).
 */
export type MetricThreshold = {
  metric: MetricId;
  tier: TierId;
  criterion: CriterionId;
  op: ">=" | "<=";
  value: number;
};

/** A bar of a histogram: [lo, hi) for metrics with minimums, (lo, hi] for debt ratio; null = open. */
export type Bin = { lo: number | null; hi: number | null };

export type TierCounts = Record<Verdict, number> & {
  /** Submissions whose rule set has no such tier (the 2018 and 2020 rules: Little Giant only). */
  none: number;
};

export type MetricFigures = {
  known: number;
  unknown: number;
  bins: (Bin & { count: number })[];
  thresholds: (MetricThreshold & { meets: number; misses: number })[];
};

export type InsightFigures = {
  ruleset: RulesetId;
  total: number;
  tiers: Record<TierId, TierCounts>;
  /** Per tier: how many meet it or a higher tier (the rungs reached). */
  funnel: Record<TierId, number>;
  /** Per tier: each criterion not met by at least one firm, most often first (then by id). */
  unmet: Record<TierId, { criterion: CriterionId; count: number }[]>;
  metrics: Record<MetricId, MetricFigures>;
};

/** What the insights count: submitted assessments, or the firms of a list (a stored screening). */
export type InsightSubject = "submissions" | "firms";
