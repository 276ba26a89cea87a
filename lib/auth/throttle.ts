import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { AdminDb } from "./types";

// The sign-in throttle. Every attempt is counted BEFORE its password is checked, each counter in one
// statement (INSERT … ON CONFLICT DO UPDATE … WHERE not blocked), so parallel attempts on any
// number of app servers can never check more passwords than the counters allow. Kept in the
// database (`login_throttle`) so that every app server sees the same counts.
//
// The policy, counter by counter:
// - pair (account × address): 5 free attempts, then a wait of 30 s doubling up to an hour. This is
//   what bounds one attacker against one account; the real user at their own address is only
//   slowed by their own mistakes.
// - address (IPv6 by its /64): 20 free attempts over all accounts (an office shares one NAT
//   address), then 30 s doubling up to an hour.
// - account (from everywhere): 10 free attempts, then a wait of 30 s, at most 60 s. This bounds
//   guessing from many addresses (about one guess a minute once exhausted) while failures from
//   other addresses never lock the real user out for more than a minute; and an address where the
//   account signed in before (within 30 days) is exempt from it altogether.
// - global: at most 300 attempts a minute on all accounts (unknown emails too), counted before any
//   password hashing, so spraying new emails cannot make the servers hash without bound. Known
//   addresses are exempt, so an attack cannot shut out users where they usually sign in.
// An attempt refused by one counter is refunded on the counters that had already counted it; a
// successful sign-in clears its pair and refunds itself on the account and address counters.
// Rows untouched for a day (known addresses: 30 days) are pruned, a bounded batch at most once a
// minute per server.

export type Backoff = { free: number; baseMs: number; maxMs: number };

export type ThrottlePolicy = {
  pair: Backoff;
  address: Backoff;
  account: Backoff;
  global: { perMinute: number };
  forgetMs: number;
  knownMs: number;
};

export const defaultThrottle: ThrottlePolicy = {
  pair: { free: 5, baseMs: 30_000, maxMs: 60 * 60_000 },
  address: { free: 20, baseMs: 30_000, maxMs: 60 * 60_000 },
  account: { free: 10, baseMs: 30_000, maxMs: 60_000 },
  global: { perMinute: 300 },
  forgetMs: 24 * 60 * 60_000,
  knownMs: 30 * 24 * 60 * 60_000,
};

const GLOBAL_KEY = "global";
const WINDOW_MS = 60_000;
const PRUNE_EVERY_MS = 60_000;
const PRUNE_BATCH = 1000;

export type ThrottleKeys = { account: string; address: string; pair: string; known: string };

/** The address as counted: IPv6 by its /64 (one subscriber's usual allocation), IPv4 whole. */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export const throttleKeys = (email: string, address: string): ThrottleKeys => {
  const bucket = addressBucket(address);
  return {
    account: `account:${email}`,
    address: `ip:${bucket}`,
    pair: `pair:${email}|${bucket}`,
    known: `known:${email}|${bucket}`,
  };
};

const waitMs = (failures: Prisma.Sql, b: Backoff) =>
  Prisma.sql`LEAST(${b.baseMs}::float8 * power(2, LEAST(${failures} - ${b.free}, 40)), ${b.maxMs}::float8)`;

/** Counts one attempt on a backoff counter; false (nothing counted) while it is blocked. */
async function countBackoff(db: AdminDb, key: string, b: Backoff, now: Date, forgetMs: number): Promise<boolean> {
  const forgetBefore = new Date(now.getTime() - forgetMs);
  const fresh = Prisma.sql`"login_throttle"."last_failure_at" < ${forgetBefore}`;
  const next = Prisma.sql`(CASE WHEN ${fresh} THEN 1 ELSE "login_throttle"."failures" + 1 END)`;
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "login_throttle" ("key", "failures", "last_failure_at", "blocked_until")
    VALUES (${key}, 1, ${now}, CASE WHEN 1 >= ${b.free} THEN ${now}::timestamptz + ${waitMs(Prisma.sql`1`, b)} * interval '1 millisecond' END)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${next},
      "last_failure_at" = ${now},
      "blocked_until" = CASE WHEN ${next} >= ${b.free}
        THEN ${now}::timestamptz + ${waitMs(next, b)} * interval '1 millisecond' END
    WHERE ${fresh} OR "login_throttle"."blocked_until" IS NULL OR "login_throttle"."blocked_until" <= ${now}
    RETURNING "failures"`;
  return rows.length === 1;
}

/** Gives back one counted attempt (refused elsewhere, or successful), lifting the block it set. */
async function refund(db: AdminDb, key: string, b: Backoff): Promise<void> {
  const next = Prisma.sql`GREATEST("failures" - 1, 0)`;
  await db.$executeRaw`
    UPDATE "login_throttle" SET
      "failures" = ${next},
      "blocked_until" = CASE WHEN ${next} >= ${b.free}
        THEN "last_failure_at" + ${waitMs(next, b)} * interval '1 millisecond' END
    WHERE "key" = ${key} AND "failures" > 0`;
}

/** Counts one attempt in the current minute's global budget; false (nothing counted) when spent. */
async function countGlobal(db: AdminDb, perMinute: number, now: Date): Promise<boolean> {
  const windowOver = Prisma.sql`"login_throttle"."last_failure_at" <= ${new Date(now.getTime() - WINDOW_MS)}`;
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "login_throttle" ("key", "failures", "last_failure_at") VALUES (${GLOBAL_KEY}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${windowOver} THEN 1 ELSE "login_throttle"."failures" + 1 END,
      "last_failure_at" = CASE WHEN ${windowOver} THEN ${now} ELSE "login_throttle"."last_failure_at" END
    WHERE ${windowOver} OR "login_throttle"."failures" < ${perMinute}
    RETURNING "failures"`;
  return rows.length === 1;
}

/** Seconds until `key` admits an attempt again (at least 1), for Retry-After. */
async function secondsLeft(db: AdminDb, key: string, now: Date): Promise<number> {
  const row = await db.loginThrottle.findUnique({
    where: { key },
    select: { blockedUntil: true, lastFailureAt: true },
  });
  const until =
    key === GLOBAL_KEY ? (row?.lastFailureAt.getTime() ?? 0) + WINDOW_MS : (row?.blockedUntil?.getTime() ?? 0);
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

export type Admission = { kind: "admitted"; known: boolean } | { kind: "throttled"; retryAfter: number };

/**
 * Counts this attempt on every counter that applies, before any password work. Admitted means the
 * password may be checked; throttled means it must not be, and says for how long.
 */
export async function admitAttempt(
  db: AdminDb,
  keys: ThrottleKeys,
  now: Date,
  policy: ThrottlePolicy = defaultThrottle,
): Promise<Admission> {
  const knownSince = new Date(now.getTime() - policy.knownMs);
  const known = (await db.loginThrottle.count({ where: { key: keys.known, lastFailureAt: { gte: knownSince } } })) > 0;
  const counters: [string, Backoff][] = [
    [keys.pair, policy.pair],
    [keys.address, policy.address],
    ...(known ? [] : ([[keys.account, policy.account]] as [string, Backoff][])),
  ];
  const counted: [string, Backoff][] = [];
  let refusedBy: string | undefined;
  for (const [key, backoff] of counters) {
    if (!(await countBackoff(db, key, backoff, now, policy.forgetMs))) {
      refusedBy = key;
      break;
    }
    counted.push([key, backoff]);
  }
  if (!refusedBy && !known && !(await countGlobal(db, policy.global.perMinute, now))) refusedBy = GLOBAL_KEY;
  if (!refusedBy) return { kind: "admitted", known };
  for (const [key, backoff] of counted) await refund(db, key, backoff);
  return { kind: "throttled", retryAfter: await secondsLeft(db, refusedBy, now) };
}

/**
 * A correct password: the pair's count is cleared, this attempt is given back on the account and
 * address counters (failures from elsewhere stay counted), and the address becomes known for the
 * account. Only UPDATE and upsert: never fails for a row another request changed or pruned.
 */
export async function recordSuccess(
  db: AdminDb,
  keys: ThrottleKeys,
  admission: { known: boolean },
  now: Date,
  policy: ThrottlePolicy = defaultThrottle,
): Promise<void> {
  await db.$executeRaw`
    UPDATE "login_throttle" SET "failures" = 0, "blocked_until" = NULL WHERE "key" = ${keys.pair}`;
  await refund(db, keys.address, policy.address);
  if (!admission.known) await refund(db, keys.account, policy.account);
  await db.$executeRaw`
    INSERT INTO "login_throttle" ("key", "failures", "last_failure_at") VALUES (${keys.known}, 0, ${now})
    ON CONFLICT ("key") DO UPDATE SET "last_failure_at" = GREATEST("login_throttle"."last_failure_at", ${now})`;
}

/** Deletes up to a batch of rows nobody needs any more; returns how many. */
export async function pruneThrottle(db: AdminDb, now: Date, policy: ThrottlePolicy = defaultThrottle): Promise<number> {
  const forgetBefore = new Date(now.getTime() - policy.forgetMs);
  const knownBefore = new Date(now.getTime() - policy.knownMs);
  return db.$executeRaw`
    DELETE FROM "login_throttle" WHERE "key" IN (
      SELECT "key" FROM "login_throttle"
      WHERE "last_failure_at" < ${forgetBefore}
        AND ("blocked_until" IS NULL OR "blocked_until" < ${now})
        AND ("key" NOT LIKE 'known:%' OR "last_failure_at" < ${knownBefore})
      LIMIT ${PRUNE_BATCH})`;
}

const lastPrune = new WeakMap<object, number>();

/** Prunes at most once a minute per database handle (so per server), cheaply and boundedly. */
export async function pruneThrottleNow(db: AdminDb, now: Date, policy: ThrottlePolicy = defaultThrottle) {
  const last = lastPrune.get(db);
  if (last !== undefined && Math.abs(now.getTime() - last) < PRUNE_EVERY_MS) return;
  lastPrune.set(db, now.getTime());
  await pruneThrottle(db, now, policy);
}
