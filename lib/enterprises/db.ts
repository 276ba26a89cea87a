import type { PrismaClient } from "@/lib/db/generated/client";

/** The part of the Prisma client the enterprise operations use (a transaction client fits too). */
export type EnterpriseDb = Pick<
  PrismaClient,
  "designatedEnterprise" | "enterpriseImport" | "$executeRawUnsafe" | "$queryRawUnsafe"
>;

/** For operations that write several statements at once. */
export type EnterpriseDbWithTx = EnterpriseDb & Pick<PrismaClient, "$transaction">;
