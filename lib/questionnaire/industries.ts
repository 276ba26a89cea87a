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

const squash = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
const rank: Readonly<Record<IndustryLevel, number>> = { class: 0, group: 1, division: 2, section: 3 };
const searchable = industries
  .filter((i) => i.level !== "section")
  .map((item) => ({ item, zh: squash(item.zh), en: squash(item.en) }));

/**
 * Industries whose name (Chinese or English) contains what was typed, the closest first: an exact
 * name, then names that start with it, then the most specific level, then the shortest name.
 */
export function findIndustriesByName(text: string, limit = 8): Industry[] {
  const q = squash(text);
  if (q === "") return [];
  const score = (name: string) => (name === q ? 0 : name.startsWith(q) ? 1 : name.includes(q) ? 2 : 3);
  const found = searchable
    .map((s) => ({ ...s, score: Math.min(score(s.zh), score(s.en)) }))
    .filter((s) => s.score < 3)
    .sort(
      (a, b) => a.score - b.score || rank[a.item.level] - rank[b.item.level] || a.item.zh.length - b.item.zh.length,
    );
  if (found.length > 0 || !/[\u4e00-\u9fff]/.test(q)) return found.slice(0, limit).map((s) => s.item);
  // A Chinese name the list does not hold ("锗材料"): the names sharing the most two-character
  // words with it ("材料"), so the user sees where to look.
  const pairs = Array.from({ length: Math.max(0, q.length - 1) }, (_, i) => q.slice(i, i + 2));
  return searchable
    .map((s) => ({ ...s, hits: pairs.filter((p) => s.zh.includes(p)).length }))
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits || rank[a.item.level] - rank[b.item.level] || a.item.zh.length - b.item.zh.length)
    .slice(0, limit)
    .map((s) => s.item);
}

/** The code of an industry named exactly (Chinese or English), when exactly one has that name. */
export function industryCodeByName(text: string): string | null {
  const q = squash(text);
  const exact = searchable.filter((s) => s.zh === q || s.en === q);
  return exact.length === 1 ? exact[0]!.item.code : null;
}
