import "server-only";
import type { EnterpriseDb } from "./db";
import type { EnterpriseFilters, EnterpriseQuery } from "./query";
import { searchEnterprises, type EnterprisePage } from "./search-enterprises";
import { enterpriseWhere } from "./where";

export type Count = { key: string; count: number };

export type EnterpriseCounts = {
  total: number;
  /** Each facet counts under the other filters, not its own, so every choice shows what it would give. */
  byProvince: Count[];
  byBatch: Count[];
  /** By GB/T 4754 division ("C34"); firms without an industry under "". */
  byIndustry: Count[];
  sample: number;
};

const byCountDesc = (a: Count, b: Count) => b.count - a.count || (a.key < b.key ? -1 : 1);

export async function countEnterprises(db: EnterpriseDb, filters: EnterpriseFilters): Promise<EnterpriseCounts> {
  const table = db.designatedEnterprise;
  const [total, provinces, batches, industries, sample] = await Promise.all([
    table.count({ where: enterpriseWhere(filters) }),
    table.groupBy({
      by: ["provinceCode"],
      where: enterpriseWhere({ ...filters, province: undefined }),
      _count: { _all: true },
    }),
    table.groupBy({ by: ["batch"], where: enterpriseWhere({ ...filters, batch: undefined }), _count: { _all: true } }),
    table.groupBy({
      by: ["industryCode"],
      where: enterpriseWhere({ ...filters, industry: undefined }),
      _count: { _all: true },
    }),
    table.count({ where: { ...enterpriseWhere(filters), isSample: true } }),
  ]);
  const divisions = new Map<string, number>();
  for (const row of industries) {
    const key =
      row.industryCode === null ? "" : row.industryCode.length >= 3 ? row.industryCode.slice(0, 3) : row.industryCode;
    divisions.set(key, (divisions.get(key) ?? 0) + row._count._all);
  }
  return {
    total,
    byProvince: provinces.map((r) => ({ key: r.provinceCode, count: r._count._all })).sort(byCountDesc),
    byBatch: batches
      .map((r) => ({ key: String(r.batch), count: r._count._all }))
      .sort((a, b) => Number(a.key) - Number(b.key)),
    byIndustry: [...divisions].map(([key, count]) => ({ key, count })).sort(byCountDesc),
    sample,
  };
}

// The list page's answers change only when the list does (an import, the sample data), so each
// server keeps them until then: a trigger bumps enterprise_list_version in the same transaction
// as any change to designated_enterprise, and every request reads that one row (a primary-key
// lookup) and drops what was cached under an older version. An import through one server is thus
// seen by every other at its next request. Bounded: the most recent MAX_ENTRIES queries.

const MAX_ENTRIES = 200;

type ListPage = { page: EnterprisePage; counts: EnterpriseCounts };
type Cache = { version: bigint; entries: Map<string, Promise<ListPage>> };

const caches = new WeakMap<object, Cache>();

/** The list's version: changes with every statement that changes designated_enterprise. */
export async function listVersion(db: EnterpriseDb): Promise<bigint> {
  const rows = await db.$queryRawUnsafe<{ version: bigint }[]>(
    'SELECT "version" FROM "enterprise_list_version" WHERE "id" = 1',
  );
  return BigInt(rows[0]?.version ?? -1);
}

/** A page of the list with the counts beside it, computed once per query and list version. */
export async function listPage(db: EnterpriseDb, query: EnterpriseQuery): Promise<ListPage> {
  const version = await listVersion(db);
  let cache = caches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, entries: new Map() };
    caches.set(db, cache);
  }
  const { cursor, limit, ...filters } = query;
  const key = JSON.stringify([filters.province, filters.batch, filters.industry, filters.q, cursor, limit]);
  const hit = cache.entries.get(key);
  if (hit) {
    // Most recently used last, so that the oldest is the one dropped.
    cache.entries.delete(key);
    cache.entries.set(key, hit);
    return hit;
  }
  const entries = cache.entries;
  const computed = Promise.all([searchEnterprises(db, query), countEnterprises(db, filters)]).then(
    ([page, counts]) => ({ page, counts }),
  );
  entries.set(key, computed);
  computed.catch(() => entries.delete(key)); // a failure is not remembered
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return computed;
}
