import { INDUSTRY_ROWS } from "./industries-data";

// Source: GB/T 4754-2017《国民经济行业分类》, for the questionnaire's "pick your industry" field;
// industries-data.ts says which groups and classes are listed. The list is not exhaustive below the
// division level, so the app still accepts a code that is not in it when it starts with a listed
// division (isKnownIndustryPrefix).

export type IndustryLevel = "section" | "division" | "group" | "class";

export type Industry = { code: string; zh: string; en: string; level: IndustryLevel };

export type IndustryLocale = "zh-CN" | "en";

// The code's length alone tells its level: letter, letter + 2, + 3 or + 4 digits.
const LEVEL_BY_LENGTH: Readonly<Record<number, IndustryLevel>> = {
  1: "section",
  3: "division",
  4: "group",
  5: "class",
};
const LEVEL_RANK: Readonly<Record<IndustryLevel, number>> = { section: 0, division: 1, group: 2, class: 3 };

export const industries: readonly Industry[] = INDUSTRY_ROWS.map(([code, zh, en]) => {
  const level = LEVEL_BY_LENGTH[code.length];
  if (level === undefined) throw new Error(`GB/T 4754 row with a malformed code: ${code}`);
  return { code, zh, en, level };
});

const byCode = new Map(industries.map((item) => [item.code, item]));

export function findIndustry(code: string): Industry | undefined {
  return byCode.get(code);
}

/** Section → division → group → class for a code; stops at the first level that is not listed. */
export function industryPath(code: string): Industry[] {
  const path: Industry[] = [];
  for (const length of [1, 3, 4, 5]) {
    if (code.length < length) break;
    const item = byCode.get(code.slice(0, length));
    if (item === undefined) break;
    path.push(item);
  }
  return path;
}

const compareCodes = (a: Industry, b: Industry) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const compareLevelThenCode = (a: Industry, b: Industry) =>
  LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || compareCodes(a, b);

/** How a query that looks like a code ("34", "C34", "c348", "C") matches an entry, if it does. */
function codeMatch(q: string): (item: Industry) => "exact" | "prefix" | null {
  const parts = /^([A-Z]?)(\d*)$/.exec(q);
  if (parts === null) return () => null;
  const [, letter = "", digits = ""] = parts;
  return (item) => {
    if (letter !== "" && item.code[0] !== letter) return null;
    if (!item.code.slice(1).startsWith(digits)) return null;
    return item.code === q || (letter === "" && item.code.slice(1) === digits) ? "exact" : "prefix";
  };
}

/**
 * Codes first (exact, then by prefix), then names. A name in the page's language outranks one that
 * matches only in the other language, so that a Chinese page still answers an English query.
 */
export function searchIndustries(query: string, locale: IndustryLocale, limit = 20): Industry[] {
  const q = query.trim().toUpperCase();
  if (q === "") return industries.filter((item) => item.level === "section").slice(0, limit);
  const matchCode = codeMatch(q);
  const needle = q.toLowerCase();
  const exact: Industry[] = [];
  const prefixed: Industry[] = [];
  const ownName: Industry[] = [];
  const otherName: Industry[] = [];
  for (const item of industries) {
    const asCode = matchCode(item);
    const [own, other] = locale === "en" ? [item.en.toLowerCase(), item.zh] : [item.zh, item.en.toLowerCase()];
    if (asCode === "exact") exact.push(item);
    else if (asCode === "prefix") prefixed.push(item);
    else if (own.includes(needle)) ownName.push(item);
    else if (other.includes(needle)) otherName.push(item);
  }
  const ranked = [
    ...exact,
    ...prefixed.sort(compareCodes),
    ...ownName.sort(compareLevelThenCode),
    ...otherName.sort(compareLevelThenCode),
  ];
  return ranked.slice(0, Math.max(0, limit));
}

/** A well-formed code whose division is listed under its own section letter ("C34…" yes, "A34…" no). */
export function isKnownIndustryPrefix(code: string): boolean {
  if (!/^[A-T](\d{2}|\d{3}|\d{4})$/.test(code)) return false;
  return findIndustry(code.slice(0, 3))?.level === "division";
}
