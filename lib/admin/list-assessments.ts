import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { encodeCursor } from "@/lib/http/cursor";
import { listCursor, type AssessmentFilters } from "./assessment-filters";
import { cursorOf, fetchRows, whereClause, type ListRow, type RawDb } from "./assessment-query";

export type AssessmentPage = { rows: ListRow[]; total: number; more: boolean; next?: string; previous?: string };

// Counting every match of a broad filter costs a scan of the table; beyond this many the list
// says "more than" instead, which keeps every page fast at any size.
export const COUNT_CAP = 1000;

export const PAGE_SIZE = 50;

/**
 * One page of submitted assessments: after the `after` cursor, or before the `before` cursor
 * (the "previous" link). Fetches one row more than shown to know whether another page follows.
 */
export async function listAssessments(
  db: RawDb,
  filters: AssessmentFilters,
  page: { after?: string; before?: string; size?: number } = {},
): Promise<AssessmentPage> {
  const size = page.size ?? PAGE_SIZE;
  // A cursor that is not one of this order's (hand-made, or from another sort) reads as the first page.
  const before = listCursor(page.before, filters.sort);
  const after = before ? undefined : listCursor(page.after, filters.sort);
  const fetched = await fetchRows(db, filters, before ?? after, size + 1, { backwards: Boolean(before) });
  const more = fetched.length > size;
  const rows = fetched.slice(0, size);
  if (before) rows.reverse();
  const counted = await db.$queryRaw<{ n: bigint | number }[]>(
    Prisma.sql`SELECT count(*) AS "n" FROM (SELECT 1 FROM "assessment" WHERE ${whereClause(filters)} LIMIT ${COUNT_CAP + 1}) AS "matches"`,
  );
  const total = Number(counted[0]?.n ?? 0);
  const first = rows[0];
  const last = rows.at(-1);
  return {
    rows,
    total: Math.min(total, COUNT_CAP),
    more: total > COUNT_CAP,
    next: last && (before || more) ? encodeCursor(cursorOf(last, filters.sort)) : undefined,
    previous: first && (after || (before && more)) ? encodeCursor(cursorOf(first, filters.sort)) : undefined,
  };
}
