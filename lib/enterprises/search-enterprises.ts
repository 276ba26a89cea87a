import "server-only";
import type { EnterpriseDb } from "./db";
import { encodeCursor } from "@/lib/http/cursor";
import type { EnterpriseQuery } from "./query";
import type { EnterpriseStatus } from "./types";
import { afterCursor, enterpriseWhere } from "./where";

export type EnterpriseListItem = {
  id: string;
  name: string;
  uscc: string | null;
  provinceCode: string;
  city: string | null;
  batch: number;
  year: number | null;
  industryCode: string | null;
  mainProduct: string | null;
  status: EnterpriseStatus;
  isSample: boolean;
};

export type EnterprisePage = { total: number; items: EnterpriseListItem[]; nextCursor: string | null };

const select = {
  id: true,
  name: true,
  uscc: true,
  provinceCode: true,
  city: true,
  batch: true,
  year: true,
  industryCode: true,
  mainProduct: true,
  status: true,
  isSample: true,
} as const;

export async function searchEnterprises(db: EnterpriseDb, query: EnterpriseQuery): Promise<EnterprisePage> {
  const where = enterpriseWhere(query);
  const pageWhere = query.cursor ? { AND: [where, afterCursor(query.cursor)] } : where;
  const [total, rows] = await Promise.all([
    db.designatedEnterprise.count({ where }),
    // One extra row tells whether a next page exists, without a second count.
    db.designatedEnterprise.findMany({
      where: pageWhere,
      select,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: query.limit + 1,
    }),
  ]);
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    total,
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ value: last.name, id: last.id }) : null,
  };
}
