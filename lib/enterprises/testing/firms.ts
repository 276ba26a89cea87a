import type { Database } from "@/lib/db/open-database";
import { nameKeyOf, type EnterpriseInput } from "../types";
import { insertEnterprises } from "../write-rows";

export function firm(name: string, fields: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    name,
    nameKey: nameKeyOf(name),
    uscc: null,
    provinceCode: "33",
    city: null,
    batch: 5,
    year: 2023,
    industryCode: null,
    mainProduct: null,
    status: null,
    revenue: null,
    revenueGrowth: null,
    rdIntensity: null,
    mainBusinessShare: null,
    classOneIp: null,
    ...fields,
  };
}

/** Inserts firms under one import record, as an import would. */
export async function insertFirms(db: Database, firms: readonly EnterpriseInput[], isSample = false) {
  const { id } = await db.prisma.enterpriseImport.create({
    data: { fileName: "test", rowCount: firms.length, imported: firms.length, updated: 0 },
    select: { id: true },
  });
  await insertEnterprises(db.prisma, firms, id, isSample);
}
