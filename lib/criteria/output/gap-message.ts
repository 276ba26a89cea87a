import { fillTemplate, formatShortfall, localNumber } from "../format";
import type { GapSpec, GapUnit } from "../gap";
import { terms, type GapTemplateKey, type Terms } from "../labels";
import { valueLabel } from "../names";
import type { Locale } from "../types";
import { withUnit } from "../units";
import type { GapResult } from "./types";

// Localised gap sentences, e.g. "2025年研发费用需增加 63 万元才能达到 3%".

const DECIMAL: ReadonlySet<GapUnit> = new Set<GapUnit>(["万元", "%", "分"]);
const phrased = (value: number, unit: GapUnit, locale: Locale) => withUnit(localNumber(value, locale), unit, locale);

function isTemplateKey(t: Terms, key: string): key is GapTemplateKey {
  return Object.prototype.hasOwnProperty.call(t.gapTemplates, key);
}

export function gapResult(g: GapSpec, locale: Locale, assessmentYear: number | null): GapResult {
  const t = terms[locale];
  const key = `${g.kind}.${g.unit}`;
  const metric = valueLabel(g.metric, locale, assessmentYear);
  const template = isTemplateKey(t, key) ? t.gapTemplates[key] : "{metric}: {actual} → {target}";
  const message = fillTemplate(template, {
    metric,
    shortfall: DECIMAL.has(g.unit) ? formatShortfall(g.shortfall, locale) : localNumber(g.shortfall, locale),
    target: phrased(g.target.value, g.target.unit, locale),
    actual: phrased(g.actual, g.unit, locale),
  });
  return {
    metric: g.metric,
    actual: g.actual,
    required: g.required,
    shortfall: g.shortfall,
    unit: g.unit,
    message,
    target: { value: g.target.value, unit: g.target.unit },
    ...(g.alternative ? { alternative: { ...g.alternative } } : {}),
  };
}
