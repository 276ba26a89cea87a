import { clean, round2 } from "./logic";
import type { Locale } from "./types";

const compiled = new Map<string, string[]>();

/** Fills {name} placeholders; templates are split once and cached (they are few and fixed). */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    out += i % 2 === 0 ? p : (values[p] ?? `{${p}}`);
  }
  return out;
}

// One formatter per language (toLocaleString would build one per call). Both languages group
// thousands with a comma and write the decimal point as a point: "1,380", "12,345.68".
const FORMATTERS: Readonly<Record<Locale, Intl.NumberFormat>> = {
  "zh-CN": new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

/**
 * The reports' one number format: thousands grouped, up to 2 decimals, no trailing zeros
 * ("1,380", "60", "2.5", "12,345.68"); never "-0".
 */
export function localNumber(value: number, locale: Locale): string {
  return FORMATTERS[locale].format(round2(clean(value)) || 0);
}

/**
 * A shortfall in 万元, percentage points or score points: rounded up to 2 decimals so it never
 * understates, then written as every other number ("60", "1,380", "0.01").
 */
export function formatShortfall(x: number, locale: Locale): string {
  if (Math.abs(x) >= 1e15) return localNumber(x, locale);
  return localNumber(Math.ceil(clean(x * 100)) / 100, locale);
}

/** A criterion's explanation with its thresholds put in: "{minRevenue}" → "5,000". */
export function fillThresholds(template: string, thresholds: Readonly<Record<string, { value: number }>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const t = thresholds[key];
    // The two languages write numbers alike (see FORMATTERS), so the explanation needs no locale.
    return t === undefined ? whole : localNumber(t.value, "en");
  });
}
