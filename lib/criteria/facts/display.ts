import { PROVINCES } from "../provinces";
import type { Locale } from "../types";
import { UNIT_WORDS, withUnit } from "../units";
import { catalogue, leafOf, type EntryPath } from "./catalogue";
import type { FactEntry, YearKey } from "./entry";
import { factLabel } from "./label";
import { ANSWER_WORDS, answerNumber } from "./words";

// How facts read: questions, help, option words and answers, in each language, from the catalogue.

const entryOf = (entryPath: string): FactEntry | undefined => (catalogue as Record<string, FactEntry>)[entryPath];

/** The question as the questionnaire asks it (a yearly figure's own name, for its fieldset). */
export function questionText(entryPath: EntryPath | string, locale: Locale): string {
  const t = entryOf(entryPath)?.text[locale];
  return t ? (t.question ?? t.label) : entryPath;
}

export function helpText(entryPath: EntryPath | string, locale: Locale): string {
  return entryOf(entryPath)?.text[locale].help ?? "";
}

export function optionLabel(entryPath: EntryPath | string, value: string, locale: Locale): string {
  return entryOf(entryPath)?.optionText?.[value]?.[locale] ?? value;
}

/**
 * An answer in words: "12,000 万元", "是", "省级", "核心基础零部件、关键软件"; "" when not
 * answered. The industry's name comes from the caller, which holds the classification.
 */
export function formatAnswer(
  path: string,
  value: unknown,
  locale: Locale,
  industryName: (code: string) => string | null = () => null,
): string {
  const words = ANSWER_WORDS[locale];
  if (value === null) return words.unknown;
  if (value === undefined) return "";
  const leaf = leafOf(path);
  if (!leaf) return String(value);
  const { entry, entryPath } = leaf;
  switch (entry.kind) {
    case "flag":
      return value ? words.yes : words.no;
    case "choice":
    case "level":
      return optionLabel(entryPath, String(value), locale);
    case "choices": {
      const list = value as string[];
      if (list.length === 0) return words.none;
      return list.map((v) => optionLabel(entryPath, v, locale)).join(locale === "en" ? "; " : "、");
    }
    case "province":
      return PROVINCES[String(value)]?.[locale] ?? String(value);
    case "industry": {
      const name = industryName(String(value));
      return name ? `${String(value)} ${name}` : String(value);
    }
    case "money":
    case "signedMoney":
    case "count":
    case "percent":
    case "score":
    case "number":
      return typeof value === "number"
        ? withUnit(answerNumber(value, entry.kind === "money" || entry.kind === "signedMoney"), entry.unit, locale)
        : String(value);
    default:
      return String(value);
  }
}

/**
 * An answer as a spreadsheet cell: a number stays a number (its column names the unit), anything
 * else reads as on the check page; "" when not answered.
 */
export function answerCell(
  path: string,
  value: unknown,
  locale: Locale,
  industryName?: (code: string) => string | null,
): string | number {
  return typeof value === "number" ? value : formatAnswer(path, value, locale, industryName);
}

/**
 * A question as one line names it (check page, error messages, answers to confirm): the question
 * itself, or for one year of a yearly figure its name with the year ("2025年净利润").
 */
export function askedLabel(path: string, locale: Locale, assessmentYear: number | null): string {
  const leaf = leafOf(path);
  if (!leaf) return path;
  return leaf.year ? factLabel(path, locale, assessmentYear) : questionText(leaf.entryPath, locale);
}

const RELATIVE_YEAR: Readonly<Record<Locale, Record<YearKey, string>>> = {
  "zh-CN": { y1: "上年度", y2: "前年度", y3: "大前年度" },
  en: { y1: "last year", y2: "the year before last", y3: "three years ago" },
};

/**
 * A fact's column in exports and spreadsheets, with its unit and a year relative to the
 * assessment: "上年度营业收入（万元）", "Operating revenue, last year (万元)".
 */
export function columnHeader(path: string, locale: Locale): string {
  const leaf = leafOf(path);
  if (!leaf) return path;
  const { label } = leaf.entry.text[locale];
  const unit = leaf.entry.unit && UNIT_WORDS[locale][leaf.entry.unit];
  if (locale === "en") {
    const named = leaf.year ? `${label}, ${RELATIVE_YEAR.en[leaf.year]}` : label;
    return unit ? `${named} (${unit})` : named;
  }
  const named = leaf.year ? `${RELATIVE_YEAR["zh-CN"][leaf.year]}${label}` : label;
  return unit ? `${named}（${unit}）` : named;
}
