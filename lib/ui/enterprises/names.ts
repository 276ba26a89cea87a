import type { Locale } from "@/lib/i18n/locales";
// Names for codes, in the reader's language: provinces (GB/T 2260) and industries (GB/T 4754).
import { PROVINCES } from "@/lib/criteria/provinces";
import { industryPath } from "@/lib/questionnaire/industries";

export const provinceName = (code: string, locale: Locale) => PROVINCES[code]?.[locale] ?? code;

/** The most precise listed name for a code ("C3484" → 通用零部件制造 when the class is not listed). */
export function industryName(code: string, locale: Locale): string {
  const known = industryPath(code).pop();
  if (!known) return code;
  return locale === "en" ? known.en : known.zh;
}

export const industryLabel = (code: string, locale: Locale) => `${code} ${industryName(code, locale)}`;

/** Section → division → group → class, as far as the list goes: "C 制造业 › C34 通用设备制造业 › …". */
export function industryPathLabel(code: string, locale: Locale): string {
  const path = industryPath(code);
  if (path.length === 0) return code;
  const names = path.map((i) => `${i.code} ${locale === "en" ? i.en : i.zh}`);
  return path[path.length - 1]!.code === code ? names.join(" › ") : `${names.join(" › ")} › ${code}`;
}
