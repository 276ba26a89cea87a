import type { Locale } from "../types";

/** The answers every question shares: yes, no, don't know, and "none" for a list of options. */
export const ANSWER_WORDS: Readonly<Record<Locale, Record<"yes" | "no" | "unknown" | "none" | "noneOfThese", string>>> =
  {
    "zh-CN": { yes: "是", no: "否", unknown: "不知道", none: "都不是", noneOfThese: "以上都不是" },
    en: { yes: "Yes", no: "No", unknown: "Don't know", none: "None of these", noneOfThese: "None of these" },
  };

// One formatter for every answer (toLocaleString would build one per call, in exports 7.5 million).
const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/** Money with thousands separators (as people write it on forms); other numbers as they are. */
export function answerNumber(value: number, money: boolean): string {
  return money ? grouped.format(value) : String(value);
}
