import "server-only";
import { hashSecretToken, isWellFormedToken, newSecretToken } from "@/lib/secret-token";
import type { Role } from "./roles";
import type { AdminDb } from "./types";

export type SessionPolicy = { idleMs: number; maxMs: number };

export type AdminSession = {
  userId: string;
  email: string;
  role: Role;
  /** When the session ends unless used again: the idle limit, or the absolute end if sooner. */
  endsAt: Date;
  /** The absolute end, which no activity moves. */
  expiresAt: Date;
};

export async function createSession(db: AdminDb, userId: string, policy: SessionPolicy, now: Date): Promise<string> {
  const { token, hash } = newSecretToken();
  await db.adminSession.create({
    data: {
      idHash: hash,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + policy.maxMs),
    },
  });
  return token;
}

const endOf = (lastSeenAt: Date, expiresAt: Date, policy: SessionPolicy) =>
  new Date(Math.min(lastSeenAt.getTime() + policy.idleMs, expiresAt.getTime()));

/**
 * The live session of `token`, marked as used now (which restarts its idle clock); null when
 * unknown, revoked, idle too long, past its absolute end, or its user is disabled.
 */
export async function resumeSession(
  db: AdminDb,
  token: string | undefined,
  policy: SessionPolicy,
  now: Date,
): Promise<AdminSession | null> {
  if (!token || !isWellFormedToken(token)) return null;
  const idHash = hashSecretToken(token);
  const row = await db.adminSession.findUnique({
    where: { idHash },
    include: { user: { select: { email: true, role: true, disabledAt: true } } },
  });
  if (!row || row.revokedAt || row.user.disabledAt) return null;
  if (endOf(row.lastSeenAt, row.expiresAt, policy) <= now) return null;
  // Only move forward: two requests racing must not pull the clock back.
  await db.adminSession.updateMany({ where: { idHash, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
  return {
    userId: row.userId,
    email: row.user.email,
    role: row.user.role,
    endsAt: endOf(now, row.expiresAt, policy),
    expiresAt: row.expiresAt,
  };
}

export async function revokeSession(db: AdminDb, token: string | undefined, now: Date): Promise<void> {
  if (!token || !isWellFormedToken(token)) return;
  await db.adminSession.updateMany({
    where: { idHash: hashSecretToken(token), revokedAt: null },
    data: { revokedAt: now },
  });
}

/** Signs a user out everywhere (disabled, password reset). */
export async function revokeUserSessions(db: Pick<AdminDb, "adminSession">, userId: string, now: Date): Promise<void> {
  await db.adminSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}
