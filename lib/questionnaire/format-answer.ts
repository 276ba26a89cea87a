import { answerCell as cellOf, formatAnswer as formatFact } from "@/lib/criteria/facts/display";
import type { Locale } from "@/lib/criteria/types";
import { industryPath } from "./industries";

const industryName = (locale: Locale) => (code: string) => {
  const last = industryPath(code).at(-1);
  return last ? (locale === "en" ? last.en : last.zh) : null;
};

/** An answer as the check page and the admin show it, in the reader's language. */
export function formatAnswer(path: string, value: unknown, locale: Locale): string {
  return formatFact(path, value, locale, industryName(locale));
}

/** An answer as an export's cell: numbers stay numbers. */
export function answerCell(path: string, value: unknown, locale: Locale): string | number {
  return cellOf(path, value, locale, industryName(locale));
}
