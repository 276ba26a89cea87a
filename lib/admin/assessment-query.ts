// The SQL of the admin list and export: filters on the denormalised columns (indexed), a stable
// order ending in the id, and keyset pagination by (sort value, id): every page costs the same,
// however deep, and rows inserted meanwhile never shift a page.
import { Prisma } from "@/lib/db/generated/client";
import { escapeLike } from "@/lib/db/like";
import type { Cursor } from "@/lib/http/cursor";
import { FIGURE_SORTS, figureOf, isFigureSort, type AssessmentFilters, type Sort } from "./assessment-filters";

export type { Cursor };

const COLUMNS: Record<string, string> = {
  "innovative-sme": "verdict_innovative_sme",
  "specialized-sme": "verdict_specialized_sme",
  "little-giant": "verdict_little_giant",
};
// Dates are days in China, where the offices work.
const startOfDay = (day: string) => new Date(`${day}T00:00:00+08:00`);
const nextDay = (day: string) => new Date(startOfDay(day).getTime() + 86_400_000);

/**
 * The search box reads its text as what it looks like: a reference (exact), a USCC or its start
 * (prefix, on the index), or else part of a company name. One condition each keeps the indexes
 * usable, where an OR of all three would scan every row.
 */
function searchClause(q: string): Prisma.Sql {
  const upper = q.toUpperCase();
  if (/^Z[A-Z]-[0-9A-Z]{6,7}$/.test(upper)) return Prisma.sql`"reference" = ${upper}`;
  if (/^[0-9A-Z]{8,18}$/.test(upper) && /\d/.test(upper)) return Prisma.sql`"uscc" LIKE ${`${upper}%`}`;
  return Prisma.sql`"company_name" ILIKE ${`%${escapeLike(q)}%`}`;
}

export function whereClause(filters: AssessmentFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    Prisma.sql`"status" <> 'draft'`,
    Prisma.sql`"submitted_at" IS NOT NULL`,
    Prisma.sql`"company_name" IS NOT NULL`,
  ];
  if (filters.status) parts.push(Prisma.sql`"status" = ${filters.status}::"AssessmentStatus"`);
  for (const [tier, verdict] of Object.entries(filters.verdicts)) {
    parts.push(Prisma.sql`${Prisma.raw(`"${COLUMNS[tier]}"`)} = ${verdict}::"TierVerdict"`);
  }
  if (filters.province) parts.push(Prisma.sql`"province" = ${filters.province}`);
  if (filters.industry) parts.push(Prisma.sql`"industry_code" LIKE ${`${escapeLike(filters.industry)}%`}`);
  if (filters.city) parts.push(Prisma.sql`"city" = ${filters.city}`);
  if (filters.ruleset) parts.push(Prisma.sql`"ruleset_id" = ${filters.ruleset}`);
  if (filters.from) parts.push(Prisma.sql`"submitted_at" >= ${startOfDay(filters.from)}`);
  if (filters.to) parts.push(Prisma.sql`"submitted_at" < ${nextDay(filters.to)}`);
  if (filters.q) parts.push(searchClause(filters.q));
  return Prisma.join(parts, " AND ");
}

const descending = (sort: Sort) => sort.endsWith("desc");
/** A figure order's value: the column, an unknown figure as -Infinity (descending) or +Infinity
 * (ascending) so that it comes last either way; each has its index (migration list_figure_sorts). */
const figureColumn = (sort: Sort) =>
  Prisma.raw(`COALESCE("${FIGURE_SORTS[figureOf(sort)!].column}", '${descending(sort) ? "-" : ""}Infinity'::float8)`);
const sortColumn = (sort: Sort) =>
  sort.startsWith("name")
    ? Prisma.raw(`"company_name"`)
    : isFigureSort(sort)
      ? figureColumn(sort)
      : Prisma.raw(`"submitted_at"`);

/** The keyset condition and order for a page after `after` (or, `backwards`, before it). */
export function pageClause(
  sort: Sort,
  cursor: Cursor | undefined,
  backwards: boolean,
): { keyset: Prisma.Sql; order: Prisma.Sql } {
  const down = descending(sort) !== backwards;
  const column = sortColumn(sort);
  const dir = Prisma.raw(down ? "DESC" : "ASC");
  // The table's id, not the output column "id" (the uuid as text): the keyset compares uuids, and
  // only the uuid order matches the indexes (ordering by the text made PostgreSQL sort every row).
  const order = Prisma.sql`ORDER BY ${column} ${dir}, "assessment"."id" ${dir}`;
  if (!cursor) return { keyset: Prisma.empty, order };
  const value = sort.startsWith("name")
    ? Prisma.sql`${cursor.value}`
    : isFigureSort(sort)
      ? Prisma.sql`${cursor.value}::float8`
      : Prisma.sql`${new Date(cursor.value)}`;
  const op = Prisma.raw(down ? "<" : ">");
  return { keyset: Prisma.sql`AND (${column}, "id") ${op} (${value}, ${cursor.id}::uuid)`, order };
}

export type ListRow = {
  id: string;
  reference: string;
  companyName: string;
  uscc: string | null;
  province: string | null;
  /** 地市, where the office recorded it. */
  city: string | null;
  industryCode: string | null;
  status: string;
  rulesetId: string;
  verdictInnovativeSme: string | null;
  verdictSpecializedSme: string | null;
  verdictLittleGiant: string | null;
  submittedAt: Date;
  /** Key figures: revenue of the last year in 万元, R&D intensity in percent; null when unknown. */
  revenue: number | null;
  rdIntensity: number | null;
  /** Revenue growth of the last year and domestic market share in percent, class I IP items. */
  revenueGrowth: number | null;
  ipClassOne: number | null;
  shareDomestic: number | null;
  /** The points scores (lowest and highest possible with what is known; null: not scored). */
  scoreInnovativeMin: number | null;
  scoreInnovativeMax: number | null;
  scoreSpecializedMin: number | null;
  scoreSpecializedMax: number | null;
  /** The Little Giant criteria not met (after corrections and overrides), and those missed narrowly. */
  unmetLittleGiant: string[];
  narrowLittleGiant: string[];
  designatedBatch: number | null;
  designatedYear: number | null;
  /** Only in the export's rows (`withAnswers`): the answers, with reviewers' corrections. */
  answers?: unknown;
  /** Only in the export's rows (`reviewsOf`): the latest review note and its reviewer, and whether
   * a reviewer overrode any criterion. */
  reviewNote?: string | null;
  reviewer?: string | null;
  overridden?: boolean;
};

const SELECT_COLUMNS = Prisma.sql`"id"::text AS "id", "reference", "company_name" AS "companyName", "uscc", "province", "city",
  "industry_code" AS "industryCode", "status"::text AS "status", "ruleset_id" AS "rulesetId",
  "verdict_innovative_sme"::text AS "verdictInnovativeSme", "verdict_specialized_sme"::text AS "verdictSpecializedSme",
  "verdict_little_giant"::text AS "verdictLittleGiant", "submitted_at" AS "submittedAt",
  "revenue", "rd_intensity" AS "rdIntensity", "revenue_growth" AS "revenueGrowth", "ip_class_one" AS "ipClassOne",
  "share_domestic" AS "shareDomestic", "unmet_little_giant" AS "unmetLittleGiant",
  COALESCE("narrow_little_giant", '{}') AS "narrowLittleGiant",
  "score_innovative_min" AS "scoreInnovativeMin", "score_innovative_max" AS "scoreInnovativeMax",
  "score_specialized_min" AS "scoreSpecializedMin", "score_specialized_max" AS "scoreSpecializedMax",
  "designated_batch" AS "designatedBatch", "designated_year" AS "designatedYear"`;

/** The sort value of a figure order, as the query computes it (an unknown figure ∓Infinity). */
function figureValue(row: ListRow, sort: Sort): string {
  const v = row[FIGURE_SORTS[figureOf(sort)!].field];
  return v === null ? (descending(sort) ? "-Infinity" : "Infinity") : String(v);
}

export const cursorOf = (row: ListRow, sort: Sort): Cursor => ({
  value: sort.startsWith("name")
    ? row.companyName
    : isFigureSort(sort)
      ? figureValue(row, sort)
      : row.submittedAt.toISOString(),
  id: row.id,
});

export type RawDb = { $queryRaw<T>(query: Prisma.Sql): Prisma.PrismaPromise<T> };

/**
 * The export's review columns for a batch of rows, in two queries for the whole batch (one index
 * probe per row in the page's own query cost more than the page itself on PGlite).
 */
export async function withReviews(db: RawDb, rows: ListRow[]): Promise<ListRow[]> {
  if (rows.length === 0) return rows;
  // The ids as one text parameter: a uuid[] parameter of 1,000 cost more to pass than the query.
  const ids = rows.map((r) => r.id).join(",");
  const [latest, overridden] = await Promise.all([
    db.$queryRaw<{ id: string; note: string; email: string }[]>(
      Prisma.sql`SELECT DISTINCT ON (e."assessment_id") e."assessment_id"::text AS "id", e."note", u."email"
        FROM "review_event" e JOIN "admin_user" u ON u."id" = e."actor_id"
        WHERE e."assessment_id" = ANY(string_to_array(${ids}, ',')::uuid[])
        ORDER BY e."assessment_id", e."created_at" DESC, e."id" DESC`,
    ),
    db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT DISTINCT "assessment_id"::text AS "id" FROM "criterion_override"
        WHERE "assessment_id" = ANY(string_to_array(${ids}, ',')::uuid[])`,
    ),
  ]);
  const review = new Map(latest.map((l) => [l.id, l]));
  const changed = new Set(overridden.map((o) => o.id));
  return rows.map((r) => ({
    ...r,
    reviewNote: review.get(r.id)?.note ?? null,
    reviewer: review.get(r.id)?.email ?? null,
    overridden: changed.has(r.id),
  }));
}

/** One batch of rows in the list's order, after `cursor`; the export asks for the answers too. */
export function fetchRows(
  db: RawDb,
  filters: AssessmentFilters,
  cursor: Cursor | undefined,
  limit: number,
  options: { backwards?: boolean; withAnswers?: boolean } = {},
) {
  const { keyset, order } = pageClause(filters.sort, cursor, options.backwards ?? false);
  const answers = options.withAnswers
    ? Prisma.sql`, COALESCE("corrected_answers", "answers") AS "answers"`
    : Prisma.empty;
  return db.$queryRaw<ListRow[]>(
    Prisma.sql`SELECT ${SELECT_COLUMNS}${answers} FROM "assessment" WHERE ${whereClause(filters)} ${keyset} ${order} LIMIT ${limit}`,
  );
}
