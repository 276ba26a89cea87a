import { factLeaves, type Locale } from "@/lib/criteria";
import type { Leaf } from "@/lib/criteria/facts/catalogue";
import { columnHeader } from "@/lib/criteria/facts/display";

// The template's columns, one per answer of the fact catalogue (the company name first), and how
// a file's header is read back: a column is recognised by the template's Chinese or English
// heading, by the fact's label alone (without year or unit, for a single-year fact), or by the
// fact's dotted path ("finance.revenue.y1").

const NAME_PATH = "company.name";

/** Every answer, in the questionnaire's order, the company name first. */
export const templateLeaves: readonly Leaf[] = [
  ...factLeaves.filter((l) => l.path === NAME_PATH),
  ...factLeaves.filter((l) => l.path !== NAME_PATH),
];

/** A column's heading in the template: "上年度营业收入（万元）". */
export const templateHeader = (leaf: Leaf, locale: Locale = "zh-CN") => columnHeader(leaf.path, locale);

/** Headings compared as people type them: full-width forms, case, spaces and brackets aside. */
export function headerKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_*]+/g, "")
    .replace(/[（]/g, "(")
    .replace(/[）]/g, ")");
}

const byKey = new Map<string, Leaf>();
for (const leaf of templateLeaves) {
  const keys = [leaf.path, templateHeader(leaf, "zh-CN"), templateHeader(leaf, "en")];
  if (!leaf.year) keys.push(leaf.entry.text["zh-CN"].label, leaf.entry.text.en.label);
  for (const key of keys) if (!byKey.has(headerKey(key))) byKey.set(headerKey(key), leaf);
}

/** The answer a heading names, or undefined. */
export function leafOfHeader(text: string): Leaf | undefined {
  return byKey.get(headerKey(text));
}

export type HeaderMap = {
  /** Per column of the file: the answer it holds, or null for a column not recognised. */
  columns: (Leaf | null)[];
  /** Headings not recognised (non-empty ones), and answers named twice (the first column wins). */
  unknown: string[];
  duplicate: string[];
};

export function mapHeader(cells: readonly string[]): HeaderMap {
  const seen = new Set<string>();
  const out: HeaderMap = { columns: [], unknown: [], duplicate: [] };
  for (const cell of cells) {
    const leaf = leafOfHeader(cell) ?? null;
    if (leaf && seen.has(leaf.path)) {
      out.duplicate.push(cell.trim());
      out.columns.push(null);
      continue;
    }
    if (leaf) seen.add(leaf.path);
    else if (cell.trim() !== "") out.unknown.push(cell.trim());
    out.columns.push(leaf);
  }
  return out;
}

/** A header row names at least two answers of the catalogue. */
export const isHeader = (map: HeaderMap) => map.columns.filter(Boolean).length >= 2;
