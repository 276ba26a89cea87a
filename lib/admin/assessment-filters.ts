// The admin list's filters, as they live in the URL (so a filtered list can be bookmarked and
// shared, and the export uses the very same). Unknown or malformed values are dropped and named:
// the page shows which, the API and the export answer 400 before reading a row.
import { queryValue, type PageQuery } from "@/lib/http/query";
import { decodeCursor, type Cursor } from "@/lib/http/cursor";
import { isProvinceCode, RULESET_IDS, VERDICTS, type RulesetId, type TierId, type Verdict } from "@/lib/criteria";
import { isIsoDate } from "@/lib/criteria/facts/fields";

export const REVIEW_STATUSES = [
  "submitted",
  "in_review",
  "recommended",
  "not_recommended",
  "needs_information",
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const SORTS = [
  "submitted_desc",
  "submitted_asc",
  "name_asc",
  "name_desc",
  "revenue_desc",
  "revenue_asc",
  "rd_desc",
  "rd_asc",
  "growth_desc",
  "growth_asc",
  "ip_desc",
  "ip_asc",
  "share_desc",
  "share_asc",
  "innovative_score_desc",
  "innovative_score_asc",
  "specialized_score_desc",
  "specialized_score_asc",
] as const;
export type Sort = (typeof SORTS)[number];
/** The key figures the list orders by: each a column of "assessment" (lib/assessments/list-columns.ts). */
export const FIGURE_SORTS = {
  revenue: { column: "revenue", field: "revenue" },
  rd: { column: "rd_intensity", field: "rdIntensity" },
  growth: { column: "revenue_growth", field: "revenueGrowth" },
  ip: { column: "ip_class_one", field: "ipClassOne" },
  share: { column: "share_domestic", field: "shareDomestic" },
  // A tier's points score, by its lowest possible value with what is known.
  innovative_score: { column: "score_innovative_min", field: "scoreInnovativeMin" },
  specialized_score: { column: "score_specialized_min", field: "scoreSpecializedMin" },
} as const;
export type FigureSort = keyof typeof FIGURE_SORTS;
/** The figure a sort orders by, if it is one (an unknown figure comes last either way). */
export const figureOf = (sort: Sort): FigureSort | undefined => {
  const key = sort.slice(0, sort.lastIndexOf("_"));
  return key in FIGURE_SORTS ? (key as FigureSort) : undefined;
};
export const isFigureSort = (sort: Sort) => figureOf(sort) !== undefined;

/** URL parameter of each tier's verdict filter. */
export const VERDICT_PARAMS: Record<TierId, string> = {
  "innovative-sme": "innovative",
  "specialized-sme": "specialized",
  "little-giant": "littleGiant",
};

export type AssessmentFilters = {
  status?: ReviewStatus;
  verdicts: Partial<Record<TierId, Verdict>>;
  province?: string;
  industry?: string;
  /** 地市, as the office recorded it (exact, after trimming). */
  city?: string;
  ruleset?: RulesetId;
  from?: string;
  to?: string;
  q?: string;
  sort: Sort;
};

export type ParsedFilters = { filters: AssessmentFilters; invalid: string[] };

type Params = PageQuery;

const one = (params: Params, key: string) => queryValue(params, key);

/** Present and not blank, but text no database could be asked about (a NUL, half a surrogate pair). */
const unstorable = (params: Params, key: string, max = 200) => {
  const raw = params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, max);
  return Boolean(value) && queryValue(params, key, max) === undefined;
};

// Submission dates a filter may name: PostgreSQL refuses year 0, and nothing was submitted before
// the app existed or will be in 8,000 years; such a date is a typing error, not a question.
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
const isFilterDate = (s: string) =>
  isIsoDate(s) && Number(s.slice(0, 4)) >= FIRST_YEAR && Number(s.slice(0, 4)) <= LAST_YEAR;

/**
 * A date as people type it in a filter (2026-11-02, 2026/11/2, 2026.11.2, 2026年11月2日, with
 * full-width digits too), as YYYY-MM-DD; undefined when it is no date.
 */
export function filterDate(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.normalize("NFKC").trim());
  const iso = m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : undefined;
  return iso && isFilterDate(iso) ? iso : undefined;
}

/**
 * A page cursor of this list in this order: one of ours, whose value is a name (name orders), a
 * number or ±Infinity for an unknown figure (figure orders) or a submission time (date orders) a
 * query can compare. Undefined for anything else.
 */
export function listCursor(text: string | undefined, sort: Sort): Cursor | undefined {
  const cursor = decodeCursor(text);
  if (!cursor || sort.startsWith("name")) return cursor;
  if (isFigureSort(sort)) {
    const ok = /^(-?\d+(\.\d+)?(e[-+]?\d+)?|-?Infinity)$/i.test(cursor.value) && !Number.isNaN(Number(cursor.value));
    return ok ? cursor : undefined;
  }
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(cursor.value) ? Date.parse(cursor.value) : NaN;
  return Number.isFinite(time) && isFilterDate(cursor.value.slice(0, 10)) ? cursor : undefined;
}

/** The keyset cursors a list request names (`after`, `before`) that are not valid for its order. */
export function invalidCursors(params: Params, sort: Sort): string[] {
  return ["after", "before"].filter((key) => {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    return value !== undefined && value.trim() !== "" && listCursor(value.trim(), sort) === undefined;
  });
}

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  value !== undefined && (list as readonly string[]).includes(value) ? (value as T) : undefined;

export function parseFilters(params: Params): ParsedFilters {
  const invalid: string[] = [];
  const take = <T>(key: string, parse: (v: string) => T | undefined): T | undefined => {
    const raw = one(params, key);
    if (raw === undefined) {
      if (unstorable(params, key)) invalid.push(key);
      return undefined;
    }
    const value = parse(raw);
    if (value === undefined) invalid.push(key);
    return value;
  };
  const verdicts: Partial<Record<TierId, Verdict>> = {};
  for (const [tier, key] of Object.entries(VERDICT_PARAMS) as [TierId, string][]) {
    const v = take(key, (s) => oneOf(VERDICTS, s));
    if (v) verdicts[tier] = v;
  }
  const filters: AssessmentFilters = {
    status: take("status", (s) => oneOf(REVIEW_STATUSES, s)),
    verdicts,
    province: take("province", (s) => (isProvinceCode(s) ? s : undefined)),
    industry: take("industry", (s) => (/^[A-Ta-t]\d{0,4}$/.test(s) ? s.toUpperCase() : undefined)),
    city: take("city", (s) => (s.length <= 30 ? s.normalize("NFC") : undefined)),
    ruleset: take("ruleset", (s) => oneOf(RULESET_IDS, s)),
    from: take("from", filterDate),
    to: take("to", filterDate),
    q: take("q", (s) => (s.length <= 100 ? s : undefined)),
    sort: take("sort", (s) => oneOf(SORTS, s)) ?? "submitted_desc",
  };
  // A page's keyset cursors are named here too, so the list page says it started again at the top.
  invalid.push(...invalidCursors(params, filters.sort));
  if (filters.from && filters.to && filters.from > filters.to) {
    invalid.push("to");
    filters.to = undefined;
  }
  return { filters, invalid };
}

/** The filters back as URL parameters (only those set), for links and the export. */
export function filterParams(filters: AssessmentFilters): URLSearchParams {
  const out = new URLSearchParams();
  const set = (key: string, value: string | undefined) => value && out.set(key, value);
  set("status", filters.status);
  for (const [tier, key] of Object.entries(VERDICT_PARAMS) as [TierId, string][]) set(key, filters.verdicts[tier]);
  set("province", filters.province);
  set("industry", filters.industry);
  set("city", filters.city);
  set("ruleset", filters.ruleset);
  set("from", filters.from);
  set("to", filters.to);
  set("q", filters.q);
  if (filters.sort !== "submitted_desc") out.set("sort", filters.sort);
  return out;
}
