import { TIER_IDS, type TierId } from "@/lib/criteria";
import type { RowResult } from "./row-result";

// How a screening's results are sorted and filtered, from the URL (so that it works without
// JavaScript and a link keeps the view): ?sort=…&show=…&page=n.

export const SORTS = ["row", "name", ...TIER_IDS.map((t) => `closest-${t}` as const)] as const;
export type Sort = (typeof SORTS)[number];

export const SHOWS = ["all", "unknowns", "issues", ...TIER_IDS.map((t) => `eligible-${t}` as const)] as const;
export type Show = (typeof SHOWS)[number];

export type ResultsQuery = { sort: Sort; show: Show; page: number };

export const RESULTS_PAGE = 50;

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** Anything not understood reads as the default: the file's order, every firm, the first page. */
export function parseResultsQuery(query: Record<string, string | string[] | undefined>): ResultsQuery {
  const sort = SORTS.find((s) => s === one(query.sort)) ?? "row";
  const show = SHOWS.find((s) => s === one(query.show)) ?? "all";
  const page = Number(one(query.page));
  return { sort, show, page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1 };
}

export type Listed = { row: number; name: string | null; issueCount: number; result: RowResult | null };

const RANK = { eligible: 0, undetermined: 1, not_eligible: 2 } as const;

/** How far a firm is from a tier: its verdict, then criteria not met, then open ones. */
function distance(r: Listed, tier: TierId): [number, number, number] {
  const s = r.result?.tiers[tier];
  if (!s) return [3, 0, 0];
  return [RANK[s.verdict], s.notMet.length, s.unknown.length + s.manual.length];
}

/** The next tier is blocked by unknown answers only: nothing in it is not met. */
export const blockedByUnknowns = (r: Listed) =>
  r.result?.next ? r.result.tiers[r.result.next]?.verdict === "undetermined" : false;

function keep(r: Listed, show: Show): boolean {
  if (show === "all") return true;
  if (show === "issues") return r.issueCount > 0;
  if (show === "unknowns") return blockedByUnknowns(r);
  const tier = show.slice("eligible-".length) as TierId;
  return r.result?.tiers[tier]?.verdict === "eligible";
}

function compare(sort: Sort): (a: Listed, b: Listed) => number {
  if (sort === "row") return (a, b) => a.row - b.row;
  if (sort === "name") return (a, b) => (a.name ?? "").localeCompare(b.name ?? "", "zh-CN") || a.row - b.row;
  const tier = sort.slice("closest-".length) as TierId;
  return (a, b) => {
    const [x, y] = [distance(a, tier), distance(b, tier)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.row - b.row;
  };
}

/** The page asked for of the rows kept, in order, and how many there are in all. */
export function selectRows(rows: Listed[], query: ResultsQuery): { rows: Listed[]; total: number; pages: number } {
  const kept = rows.filter((r) => keep(r, query.show)).sort(compare(query.sort));
  const pages = Math.max(1, Math.ceil(kept.length / RESULTS_PAGE));
  const start = (Math.min(query.page, pages) - 1) * RESULTS_PAGE;
  return { rows: kept.slice(start, start + RESULTS_PAGE), total: kept.length, pages };
}
