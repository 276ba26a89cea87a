import { INDUSTRY_ROWS } from "./industries-data";

// Source: GB/T 4754-2017《国民经济行业分类》, for the questionnaire's "pick your industry" field;
// industries-data.ts says which groups and classes are listed. The list is not exhaustive below the
// division level, so the app still accepts a code that is not in it when it starts with a listed
// division (isKnownIndustryPrefix).

export type IndustryLevel = "section" | "division" | "group" | "class";

export type Industry = { code: string; zh: string; en: string; level: IndustryLevel };

// The code's length alone tells its level: letter, letter + 2, + 3 or + 4 digits.
const LEVEL_BY_LENGTH: Readonly<Record<number, IndustryLevel>> = {
  1: "section",
  3: "division",
  4: "group",
  5: "class",
};

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

/** A well-formed code whose division is listed under its own section letter ("C34…" yes, "A34…" no). */
export function isKnownIndustryPrefix(code: string): boolean {
  if (!/^[A-T](\d{2}|\d{3}|\d{4})$/.test(code)) return false;
  return findIndustry(code.slice(0, 3))?.level === "division";
}
