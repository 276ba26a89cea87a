import type { PrismaClient } from "@/lib/db/generated/client";

/** The part of the Prisma client the auth and admin operations use (tests inject their own). */
export type AdminDb = Pick<
  PrismaClient,
  | "adminUser"
  | "adminSession"
  | "loginThrottle"
  | "auditLog"
  | "assessment"
  | "reviewEvent"
  | "criterionOverride"
  | "informationRequest"
  | "assessmentRevision"
  | "factCorrection"
  | "reviewRound"
  | "roundSignoff"
  | "$transaction"
  | "$queryRaw"
  | "$executeRaw"
>;

/** The same inside a transaction (Prisma's transaction client has no `$transaction` of its own). */
export type AdminTx = Omit<AdminDb, "$transaction">;
