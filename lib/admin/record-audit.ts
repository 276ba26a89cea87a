import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { AdminDb } from "@/lib/auth/types";
import type { AuditAction } from "./audit-actions";

export type Actor = { userId: string | null; email: string };

export type AuditEntry = {
  action: AuditAction;
  targetType: "assessment" | "user" | "session" | "export" | "import" | "screening" | "round";
  targetId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

type AuditDb = Pick<AdminDb, "auditLog">;

/** Appends one line to the audit log. The database refuses any later change to it. */
export async function recordAudit(db: AuditDb, actor: Actor, entry: AuditEntry, now = new Date()): Promise<void> {
  await db.auditLog.create({ data: lineOf(actor, entry, now) });
}

/** Appends several lines in one statement (a change made to many applications at once: one line each). */
export async function recordAudits(
  db: AuditDb,
  actor: Actor,
  entries: readonly AuditEntry[],
  now = new Date(),
): Promise<void> {
  if (entries.length > 0) await db.auditLog.createMany({ data: entries.map((entry) => lineOf(actor, entry, now)) });
}

const lineOf = (actor: Actor, entry: AuditEntry, now: Date) => ({
  actorId: actor.userId,
  actorEmail: actor.email,
  action: entry.action,
  targetType: entry.targetType,
  targetId: entry.targetId ?? null,
  before: entry.before ?? undefined,
  after: entry.after ?? undefined,
  createdAt: now,
});
