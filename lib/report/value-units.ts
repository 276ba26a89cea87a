// The engine reports derived numbers by name (criteria.md's derived values, percent convention);
// the report needs each one's unit to print it. Names not listed print as plain numbers.

export type ValueUnit = "万元" | "%" | "年" | "项" | "分" | "位" | "人" | "";

const PERCENT = /(Share|Intensity|Ratio|Growth|Cagr|Margin)/;
const MONEY = /^(revenue|rdExpense|totalAssets|equityFinancing|assetsCeiling|revenueCeiling)/;

export function unitOf(name: string): ValueUnit {
  if (PERCENT.test(name) || name === "debtRatio") return "%";
  if (MONEY.test(name)) return "万元";
  if (/^(employees|employeesCeiling|rdStaff)$/.test(name)) return "人";
  if (/^(nicheYears|operatingYears)$/.test(name)) return "年";
  if (/^(classOne|classTwo|inventionPatents)/.test(name)) return "项";
  if (/^(development|developmentPrev|score|scoreMin|scoreMax|passMark)$/.test(name)) return "分";
  if (name === "nationalRank") return "位";
  return "";
}

/** 12345.678 → "12,345.68"; the report's one number format. */
export function formatNumber(value: number, locale: "zh-CN" | "en"): string {
  return value.toLocaleString(locale === "en" ? "en-US" : "zh-CN", { maximumFractionDigits: 2 });
}

export function formatValue(
  value: number | null,
  unit: ValueUnit | string,
  locale: "zh-CN" | "en",
  unknown: string,
): string {
  if (value === null) return unknown;
  const n = formatNumber(value, locale);
  if (!unit) return n;
  return unit === "%" ? `${n}%` : `${n} ${unit}`;
}

/**
 * "finance.rdExpense.y1 / finance.revenue.y1 × 100" with its inputs → "300 / 12,000 × 100": the
 * formula as the user can check it by hand.
 */
export function substitute(
  formula: string,
  inputs: Record<string, unknown>,
  locale: "zh-CN" | "en",
  unknown: string,
): string {
  const names = Object.keys(inputs).sort((a, b) => b.length - a.length);
  let out = formula;
  for (const name of names) {
    const v = inputs[name];
    const text = typeof v === "number" ? formatNumber(v, locale) : v === null || v === undefined ? unknown : String(v);
    out = out.split(name).join(text);
  }
  return out;
}
