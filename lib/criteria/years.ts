import { fillTemplate } from "./format";
import type { YearKey } from "./facts/entry";
import type { Locale } from "./types";

// The fiscal years a figure is about, in words: y1 is the last complete year before the assessment.

const YEAR_WORDS: Record<Locale, { known: string; unknown: Record<YearKey, string>; prefix: boolean }> = {
  "zh-CN": { known: "{year}年", unknown: { y1: "上年度", y2: "前年度", y3: "大前年度" }, prefix: true },
  en: {
    known: "in {year}",
    unknown: { y1: "last year", y2: "the year before last", y3: "three years ago" },
    prefix: false,
  },
};

const OFFSET: Record<YearKey, number> = { y1: 1, y2: 2, y3: 3 };

/** "2025年研发费用" / "R&D expenditure in 2025"; without the assessment year, "上年度研发费用". */
export function withYear(
  label: string,
  year: YearKey | null | undefined,
  locale: Locale,
  assessmentYear: number | null,
) {
  if (!year) return label;
  const w = YEAR_WORDS[locale];
  const when =
    assessmentYear === null ? w.unknown[year] : fillTemplate(w.known, { year: String(assessmentYear - OFFSET[year]) });
  return w.prefix ? `${when}${label}` : `${label} ${when}`;
}

/** The year of a yearly figure, as its input is labelled ("2025年" / "2025"). */
export function yearWord(year: YearKey, locale: Locale, assessmentYear: number | null): string {
  const n = OFFSET[year];
  if (assessmentYear === null) return locale === "en" ? `Year ${n} before last` : `上年度前第 ${n} 年`;
  return locale === "en" ? String(assessmentYear - n) : `${assessmentYear - n}年`;
}
