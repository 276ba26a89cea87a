import "server-only";
import type { EnterpriseDb } from "./db";
import type { EnterpriseFilters } from "./query";
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
