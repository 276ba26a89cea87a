import type { TraceStep } from "./derived";
import type { FactUnit } from "./facts/entry";
import { localNumber } from "./format";
import type { Locale } from "./types";
import { withUnit } from "./units";

// Values and their working as a reader checks them by hand: "720 / 12,000 × 100 = 6%". The
// questionnaire's live figures run this in the browser: it stays free of the fact catalogue.

export function formatValue(value: number | null, unit: FactUnit | null, locale: Locale, unknown: string): string {
  return value === null ? unknown : withUnit(localNumber(value, locale), unit, locale);
}

/** The formula of a derived value with its inputs put in: "300 / 12,000 × 100". */
export function substitute(formula: string, inputs: Record<string, unknown>, locale: Locale, unknown: string): string {
  const names = Object.keys(inputs).sort((a, b) => b.length - a.length);
  let out = formula;
  for (const name of names) {
    const v = inputs[name];
    const text = typeof v === "number" ? localNumber(v, locale) : v === null || v === undefined ? unknown : String(v);
    out = out.split(name).join(text);
  }
  return out;
}

/** "300 / 12,000 × 100 = 2.5%" for a derived step, whose value is in `unit`. */
export function working(step: TraceStep, unit: FactUnit | null, locale: Locale, unknown: string): string {
  const value = typeof step.value === "number" ? step.value : null;
  return `${substitute(step.formula, step.inputs, locale, unknown)} = ${formatValue(value, unit, locale, unknown)}`;
}
