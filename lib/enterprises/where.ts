import type { Prisma } from "@/lib/db/generated/client";
import { escapeLike as literal } from "@/lib/db/like";
import type { Cursor, EnterpriseFilters } from "./query";

/** The Prisma filter of the list; `q` matches part of the name or of the main product. */
export function enterpriseWhere(filters: EnterpriseFilters): Prisma.DesignatedEnterpriseWhereInput {
  const and: Prisma.DesignatedEnterpriseWhereInput[] = [];
  if (filters.province) and.push({ provinceCode: filters.province });
  if (filters.batch) and.push({ batch: filters.batch });
  if (filters.industry) and.push({ industryCode: { startsWith: literal(filters.industry) } });
  // search_text holds name and main product, NFKC and lower case (write-rows.ts).
  if (filters.q) and.push({ searchText: { contains: literal(filters.q.normalize("NFKC").toLowerCase()) } });
  return and.length === 0 ? {} : { AND: and };
}

/** Keyset pagination on (name, id): the next page starts strictly after the last row shown. */
export function afterCursor(cursor: Cursor): Prisma.DesignatedEnterpriseWhereInput {
  return { OR: [{ name: { gt: cursor.value } }, { name: cursor.value, id: { gt: cursor.id } }] };
}
