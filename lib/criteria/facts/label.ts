import type { Locale } from "../types";
import { withYear } from "../years";
import { leafOf } from "./catalogue";

// A fact's name in a sentence or a table, with the fiscal year of a yearly figure.

/** A fact's name, with its year for a yearly figure ("2025年营业收入"). */
export function factLabel(path: string, locale: Locale, assessmentYear: number | null): string {
  const leaf = leafOf(path);
  return leaf ? withYear(leaf.entry.text[locale].label, leaf.year, locale, assessmentYear) : path;
}
