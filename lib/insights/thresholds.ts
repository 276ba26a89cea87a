// The thresholds the insights draw on the metrics' histograms: read from the dated parameters
// (lib/criteria/params/data) as in force on a rule set's first day, never written here. A tier
// whose criterion a rule set does not have (the 2018 and 2020 rules have no 专精特新 tier) has none.
import { getRulesetInfo, type CriterionId, type RulesetId, type TierId } from "@/lib/criteria";
import { littleGiantSeries } from "@/lib/criteria/params/data/little-giant";
import { littleGiantInnovationSeries } from "@/lib/criteria/params/data/little-giant-innovation";
import { specializedSmeSeries } from "@/lib/criteria/params/data/specialized-sme";
import { valueAt, type Series } from "@/lib/criteria/params/series";
import type { MetricId, MetricThreshold } from "./types";

type Source = {
  metric: MetricId;
  tier: TierId;
  criterion: CriterionId;
  op: ">=" | "<=";
  basis: Series<null>;
  value: Series<number>;
};

const ssme = specializedSmeSeries;
const lg = { ...littleGiantSeries, ...littleGiantInnovationSeries };
const S = "specialized-sme" as const;
const L = "little-giant" as const;

// The Little Giant's R&D intensity of 2020 and 2022 depends on the revenue class (lg.classified,
// lg.innovation): not one line on a chart, so it is left out here.
const SOURCES: readonly Source[] = [
  { metric: "rdIntensity", tier: S, criterion: "ssme.rd", op: ">=", ...of(ssme["ssme.rd"], "minIntensity") },
  {
    metric: "rdIntensity",
    tier: L,
    criterion: "lg.rd-intensity",
    op: ">=",
    ...of(lg["lg.rd-intensity"], "minIntensity"),
  },
  {
    metric: "mainShare",
    tier: S,
    criterion: "ssme.main-business-share",
    op: ">=",
    ...of(ssme["ssme.main-business-share"], "minShare"),
  },
  {
    metric: "mainShare",
    tier: L,
    criterion: "lg.main-business-share",
    op: ">=",
    ...of(lg["lg.main-business-share"], "minShare"),
  },
  { metric: "debtRatio", tier: S, criterion: "ssme.debt-ratio", op: "<=", ...of(ssme["ssme.debt-ratio"], "maxRatio") },
  { metric: "debtRatio", tier: L, criterion: "lg.debt-ratio", op: "<=", ...of(lg["lg.debt-ratio"], "maxRatio") },
  { metric: "revenue", tier: S, criterion: "ssme.scale", op: ">=", ...of(ssme["ssme.scale"], "minRevenue") },
  { metric: "revenue", tier: L, criterion: "lg.revenue", op: ">=", ...of(lg["lg.revenue"], "minRevenue") },
  {
    metric: "revenue",
    tier: L,
    criterion: "lg.revenue-window",
    op: ">=",
    ...of(lg["lg.revenue-window"], "minRevenue"),
  },
];

function of<K extends string>(entry: { basis: Series<null> } & Record<K, Series<number>>, key: K) {
  return { basis: entry.basis, value: entry[key] };
}

/** Every threshold of the four metrics under `ruleset`, as in force on its first day. */
export function metricThresholds(ruleset: RulesetId): MetricThreshold[] {
  const day = getRulesetInfo(ruleset).effectiveFrom;
  return SOURCES.flatMap(({ basis, value, ...rest }) => {
    const dated = valueAt(value, day);
    return valueAt(basis, day) && dated ? [{ ...rest, value: dated.value }] : [];
  });
}
