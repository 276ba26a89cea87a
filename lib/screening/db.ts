import type { PrismaClient } from "@/lib/db/generated/client";

/** The part of the Prisma client the screening operations use (tests pass their own database's). */
export type ScreeningDb = Pick<PrismaClient, "screening" | "screeningRow" | "auditLog">;
