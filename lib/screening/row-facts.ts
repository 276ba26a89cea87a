import { parseFacts, type Facts, type Locale } from "@/lib/criteria";
import type { Leaf } from "@/lib/criteria/facts/catalogue";
import { columnHeader, optionLabel } from "@/lib/criteria/facts/display";
import { MAX_ROW_ISSUES } from "./limits";
import { readCell, type CellProblem } from "./read-cell";
import { screeningText } from "./words";

// One data row → the facts it gives, validated by the facts schema of POST /api/v1/evaluations,
// or every problem of the row, each at its column.

export type RowIssue = { column: string; path: string; message: string };

export type RowFacts = { ok: true; facts: Facts } | { ok: false; issues: RowIssue[] };

/** The file's columns: per column the answer it holds (or null) and its heading as written. */
export type Columns = readonly { leaf: Leaf | null; heading: string }[];

function cellMessage(problem: CellProblem, leaf: Leaf, value: string, locale: Locale): string {
  const options = (leaf.entry.options ?? []).map((o) => optionLabel(leaf.entryPath, o, locale));
  const list = options.join(locale === "en" ? ", " : "、");
  return screeningText(locale, `issues.${problem}`, { value: value.trim().slice(0, 40), options: list });
}

function put(facts: Record<string, unknown>, segments: readonly string[], value: unknown) {
  let node = facts;
  for (const key of segments.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[segments.at(-1)!] = value;
}

export function rowFacts(cells: readonly string[], columns: Columns, locale: Locale): RowFacts {
  const facts: Record<string, unknown> = {};
  const issues: RowIssue[] = [];
  const headingOf = new Map<string, string>();
  columns.forEach(({ leaf, heading }, i) => {
    if (!leaf) return;
    headingOf.set(leaf.path, heading);
    const read = readCell(leaf, cells[i] ?? "");
    if (read.ok) put(facts, leaf.segments, read.value);
    else
      issues.push({
        column: heading,
        path: leaf.path,
        message: cellMessage(read.problem, leaf, cells[i] ?? "", locale),
      });
  });
  const parsed = parseFacts(facts, locale);
  if (parsed.ok && issues.length === 0) return { ok: true, facts: parsed.facts };
  const named = new Set(issues.map((i) => i.path));
  for (const issue of parsed.ok ? [] : parsed.issues) {
    if (named.has(issue.path)) continue;
    const column = headingOf.get(issue.path) ?? columnHeader(issue.path, locale);
    issues.push({ column, path: issue.path, message: issue.message });
  }
  return { ok: false, issues: issues.slice(0, MAX_ROW_ISSUES) };
}
