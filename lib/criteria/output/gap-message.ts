import { fillTemplate, formatNumber, formatShortfall } from "../format";
import type { GapSpec, GapUnit } from "../gap";
import type { GapTemplateKey, Terms } from "../labels";
import type { GapResult } from "./types";

// Localised gap sentences, e.g. "2025年研发费用需增加 63.0 万元才能达到 3%".

const DECIMAL: ReadonlySet<GapUnit> = new Set<GapUnit>(["万元", "%", "分"]);
const YEAR_SUFFIX = /^(.*)\.(y1|y2)$/;

function metricPhrase(metric: string, t: Terms, assessmentYear: number | null): string {
  const m = YEAR_SUFFIX.exec(metric);
  const base = m?.[1] ?? metric;
  const label = t.metrics[base] ?? base;
  const year = m?.[2];
  if (year !== "y1" && year !== "y2") return label;
  const text =
    assessmentYear === null
      ? t.years[year === "y1" ? "y1Unknown" : "y2Unknown"]
      : fillTemplate(t.years[year], { year: String(assessmentYear - (year === "y1" ? 1 : 2)) });
  return t.yearOrder === "prefix" ? `${text}${label}` : `${label} ${text}`;
}

function withUnit(t: Terms, value: number, unit: GapUnit): string {
  return fillTemplate(t.units[unit], { v: formatNumber(value) });
}

function isTemplateKey(t: Terms, key: string): key is GapTemplateKey {
  return Object.prototype.hasOwnProperty.call(t.gapTemplates, key);
}

export function gapResult(g: GapSpec, t: Terms, assessmentYear: number | null): GapResult {
  const key = `${g.kind}.${g.unit}`;
  const metric = metricPhrase(g.metric, t, assessmentYear);
  const template = isTemplateKey(t, key) ? t.gapTemplates[key] : "{metric}: {actual} → {target}";
  const message = fillTemplate(template, {
    metric,
    shortfall: DECIMAL.has(g.unit) ? formatShortfall(g.shortfall) : String(g.shortfall),
    target: withUnit(t, g.target.value, g.target.unit),
    actual: withUnit(t, g.actual, g.unit),
  });
  return {
    metric: g.metric,
    actual: g.actual,
    required: g.required,
    shortfall: g.shortfall,
    unit: g.unit,
    message,
    target: { value: g.target.value, unit: g.target.unit },
  };
}
