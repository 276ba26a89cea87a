import { clean, round2 } from "./logic";

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

/** Plain number for texts: up to 2 decimals, no trailing zeros, no grouping. */
export function formatNumber(x: number): string {
  return String(round2(clean(x)));
}

/**
 * A shortfall in 万元, percentage points or score points: rounded up to 2 decimals so it never
 * understates, shown with one decimal when that is exact ("63.0") and two otherwise ("0.01").
 */
export function formatShortfall(x: number): string {
  if (Math.abs(x) >= 1e15) return String(x);
  const v = Math.ceil(clean(x * 100)) / 100;
  return Number.isInteger(clean(v * 10)) ? v.toFixed(1) : v.toFixed(2);
}

/** A criterion's explanation with its thresholds put in: "{minRevenue}" → "5000". */
export function fillThresholds(template: string, thresholds: Readonly<Record<string, { value: number }>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const t = thresholds[key];
    return t === undefined ? whole : formatNumber(t.value);
  });
}
