import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { ScreeningDb } from "./db";
import type { RowIssue } from "./row-facts";
import type { RowResult } from "./row-result";
import { selectRows, type Listed, type ResultsQuery } from "./results-query";

// Stored screenings as the pages read them: the list, one screening with a page of its results
// (sorted and filtered as the URL asks), one firm's facts for its report.

type Db = Pick<ScreeningDb, "screening" | "screeningRow">;

/** The latest screenings, newest first (one still being written has no rows yet and is left out). */
export async function listScreenings(db: Db, take = 50) {
  return db.screening.findMany({
    where: { rowCount: { gt: 0 } },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      fileName: true,
      createdBy: true,
      createdAt: true,
      rulesetId: true,
      rowCount: true,
      evaluated: true,
      withIssues: true,
    },
  });
}

export async function getScreening(db: Db, id: string) {
  const screening = await db.screening.findUnique({ where: { id } });
  if (!screening || screening.rowCount === 0) return null;
  return { ...screening, headers: screening.headers as string[], notes: screening.notes as string[] };
}

const asResult = (v: Prisma.JsonValue | null) => v as RowResult | null;

/** A page of a screening's firms: every row's small summary is read, then sorted and cut. */
export async function screeningPage(db: Db, id: string, query: ResultsQuery) {
  const all = await db.screeningRow.findMany({
    where: { screeningId: id },
    select: { row: true, name: true, issues: true, result: true },
    orderBy: { row: "asc" },
  });
  const listed: (Listed & { issues: RowIssue[] })[] = all.map((r) => {
    const issues = r.issues as RowIssue[];
    return { row: r.row, name: r.name, issues, issueCount: issues.length, result: asResult(r.result) };
  });
  const selected = selectRows(listed, query);
  const facts = await db.screeningRow.findMany({
    where: { screeningId: id, row: { in: selected.rows.map((r) => r.row) } },
    select: { row: true, facts: true },
  });
  const factsOf = new Map(facts.map((f) => [f.row, f.facts as Record<string, unknown> | null]));
  return {
    ...selected,
    rows: selected.rows.map((r) => ({ ...(r as Listed & { issues: RowIssue[] }), facts: factsOf.get(r.row) ?? null })),
  };
}

/** One firm of a screening, for its report; null when there is no such row. */
export async function getScreeningRow(db: Db, id: string, row: number) {
  const found = await db.screeningRow.findUnique({ where: { screeningId_row: { screeningId: id, row } } });
  if (!found) return null;
  return {
    row: found.row,
    line: found.line,
    name: found.name,
    facts: found.facts as Record<string, unknown> | null,
    issues: found.issues as RowIssue[],
    result: asResult(found.result),
  };
}

/** Every row, in the file's order, a batch at a time (for the downloads). */
export async function* screeningRows(db: Db, id: string, batch = 500) {
  for (let after = 0; ;) {
    const rows = await db.screeningRow.findMany({
      where: { screeningId: id, row: { gt: after } },
      orderBy: { row: "asc" },
      take: batch,
    });
    for (const r of rows)
      yield {
        row: r.row,
        name: r.name,
        cells: r.cells as string[],
        facts: r.facts as Record<string, unknown> | null,
        issues: r.issues as RowIssue[],
        result: asResult(r.result),
      };
    if (rows.length < batch) return;
    after = rows.at(-1)!.row;
  }
}
