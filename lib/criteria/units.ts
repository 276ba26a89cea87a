import type { FactUnit } from "./facts/entry";
import { GLOSSARY_EN } from "./labels/glossary";
import type { Locale } from "./types";

// The words of each unit after a number, in each language.

export const UNIT_WORDS: Readonly<Record<Locale, Readonly<Record<FactUnit, string>>>> = {
  "zh-CN": { 万元: "万元", "%": "%", 人: "人", 项: "项", 年: "年", 分: "分", 位: "名", 级: "级" },
  en: {
    万元: GLOSSARY_EN.wanYuan,
    "%": "%",
    人: "people",
    项: "items",
    年: "years",
    分: "points",
    位: "",
    级: "level",
  },
};

/** "12,000 万元", "95%", "260 人"; a place in a ranking reads as its number in English. */
export function withUnit(number: string, unit: FactUnit | null, locale: Locale): string {
  const word = unit && UNIT_WORDS[locale][unit];
  if (!word) return number;
  return unit === "%" ? `${number}%` : `${number} ${word}`;
}

/** Beside an input, where the reader needs the unit explained. */
export const INPUT_UNIT_WORDS: Readonly<Record<Locale, Readonly<Record<FactUnit, string>>>> = {
  "zh-CN": UNIT_WORDS["zh-CN"],
  en: { ...UNIT_WORDS.en, 万元: GLOSSARY_EN.wanYuanExplained },
};
