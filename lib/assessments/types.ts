import type { PrismaClient } from "@/lib/db/generated/client";

export type Db = Pick<PrismaClient, "assessment" | "$transaction">;
