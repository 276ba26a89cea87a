// The histograms' bars. Each metric has a few round edges of its own (a presentation choice, not
// a regulation), and every threshold of the rule set is an edge too, so that each bar lies wholly
// on one side of every threshold line.
import type { Bin, MetricId, MetricThreshold } from "./types";

const EDGES: Record<MetricId, readonly number[]> = {
  rdIntensity: [1, 2, 4, 6, 8, 10],
  mainShare: [50, 60, 70, 100],
  debtRatio: [20, 40, 50, 60, 100],
  revenue: [500, 1000, 2000, 10000, 20000, 50000],
};

/** Debt ratio meets a maximum, so its bars include their upper edge; the others their lower. */
export const upperInclusive = (metric: MetricId) => metric === "debtRatio";

export function binsOf(metric: MetricId, thresholds: readonly MetricThreshold[]): Bin[] {
  const edges = [...new Set([...EDGES[metric], ...thresholds.filter((t) => t.metric === metric).map((t) => t.value)])];
  edges.sort((a, b) => a - b);
  return [null, ...edges].map((lo, i) => ({ lo, hi: edges[i] ?? null }));
}

/** Whether a known value falls in a bar. */
export function inBin(metric: MetricId, bin: Bin, x: number): boolean {
  if (upperInclusive(metric)) return (bin.lo === null || x > bin.lo) && (bin.hi === null || x <= bin.hi);
  return (bin.lo === null || x >= bin.lo) && (bin.hi === null || x < bin.hi);
}

export const meets = (t: Pick<MetricThreshold, "op" | "value">, x: number) =>
  t.op === ">=" ? x >= t.value : x <= t.value;
