import "server-only";
import type { AdminDb } from "./types";

// Failed sign-ins per account and per address. A few are free; after that each failure doubles
// the wait before the next attempt, up to a cap. Kept in the database so that every app server
// sees the same counts. An address gets more free attempts: an office shares one NAT address.
export type ThrottlePolicy = {
  freeAccount: number;
  freeAddress: number;
  baseMs: number;
  maxMs: number;
  forgetMs: number;
};

export const defaultThrottle: ThrottlePolicy = {
  freeAccount: 5,
  freeAddress: 20,
  baseMs: 30_000,
  maxMs: 60 * 60_000,
  forgetMs: 24 * 60 * 60_000,
};

export type ThrottleKeys = { account: string; address: string };

export const throttleKeys = (email: string, address: string): ThrottleKeys => ({
  account: `account:${email}`,
  address: `ip:${address}`,
});

/** Seconds to wait before another attempt may be made, or 0. */
export async function throttleWait(db: AdminDb, keys: ThrottleKeys, now: Date): Promise<number> {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: [keys.account, keys.address] } },
    select: { blockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

function waitAfter(failures: number, free: number, policy: ThrottlePolicy): number {
  if (failures < free) return 0;
  return Math.min(policy.baseMs * 2 ** (failures - free), policy.maxMs);
}

async function count(db: AdminDb, key: string, free: number, policy: ThrottlePolicy, now: Date) {
  const forgetBefore = new Date(now.getTime() - policy.forgetMs);
  // One statement, so that concurrent failures on several servers all count.
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "login_throttle" ("key", "failures", "last_failure_at") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "login_throttle"."last_failure_at" < ${forgetBefore} THEN 1 ELSE "login_throttle"."failures" + 1 END,
      "last_failure_at" = ${now}
    RETURNING "failures"`;
  const wait = waitAfter(rows[0]?.failures ?? 1, free, policy);
  if (wait > 0)
    await db.loginThrottle.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + wait) } });
}

export async function recordFailure(
  db: AdminDb,
  keys: ThrottleKeys,
  now: Date,
  policy = defaultThrottle,
): Promise<void> {
  await count(db, keys.account, policy.freeAccount, policy, now);
  await count(db, keys.address, policy.freeAddress, policy, now);
}

/** A correct password clears the account's count; the address's decays on its own. */
export async function clearAccount(db: AdminDb, keys: ThrottleKeys): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: keys.account } });
}
