import { fillTemplate } from "../format";
import type { Locale } from "../types";
import { leafOf } from "./catalogue";
import type { YearKey } from "./entry";

// A fact's name in a sentence or a table, with the fiscal year of a yearly figure.

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

/** A fact's name, with its year for a yearly figure ("2025年营业收入"). */
export function factLabel(path: string, locale: Locale, assessmentYear: number | null): string {
  const leaf = leafOf(path);
  return leaf ? withYear(leaf.entry.text[locale].label, leaf.year, locale, assessmentYear) : path;
}
