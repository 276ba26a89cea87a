import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/admin/create-user";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { testBackends } from "@/lib/db/testing/backends";
import { login, type CheckPassword, type LoginResult } from "./login";
import { verifyNobody, verifyPassword } from "./password";
import { clientAddress } from "./request-info";
import { safeNext } from "./return-path";
import { addressBucket, defaultThrottle, pruneThrottle, type ThrottlePolicy } from "./throttle";

const policy = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
const PASSWORD = "Review-Desk-2026";
const WRONG = "Wrong-Password-1";
const cli = { userId: null, email: "admin:create" };

/** The real argon2 check, counted: how many passwords (or dummy hashes) were actually checked. */
function countingCheck() {
  const counter = { checks: 0 };
  const check: CheckPassword = (hash, password) => {
    counter.checks++;
    return hash === null ? verifyNobody(password) : verifyPassword(hash, password);
  };
  return { counter, check };
}

// Each describe block gets its own clock epoch, far enough apart that counts never carry over.
let epoch = Date.parse("2026-11-21T02:00:00Z");
const clock = () => {
  epoch += 10 * 24 * 3_600_000;
  const t0 = epoch;
  return (ms = 0) => new Date(t0 + ms);
};

describe.each(testBackends)("the sign-in throttle on $name", (backend) => {
  // On PostgreSQL two separately opened databases (each its own Prisma client and connection pool)
  // on the same PostgreSQL database stand in for two app servers. PGlite admits one process only.
  let server1: Database;
  let server2: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const created = await backend.createMigrated();
    cleanup = created.cleanup;
    server1 = await openDatabase(created.database);
    server2 = created.database.kind === "postgres" ? await openDatabase(created.database) : server1;
    for (const email of ["target@office.gov.cn", "spread@office.gov.cn", "weapon@office.gov.cn", "known@office.gov.cn"])
      await createUser(server1.prisma, cli, { email, role: "reviewer", password: PASSWORD });
  });
  afterAll(async () => {
    if (server2 !== server1) await server2.close();
    await server1.close();
    await cleanup();
  });

  const attempt = (
    server: Database,
    email: string,
    password: string,
    address: string,
    now: Date,
    check?: CheckPassword,
    throttle?: ThrottlePolicy,
  ) => login(server.prisma, { email, password, address }, { policy, now, checkPassword: check, throttle });

  /** 40 wrong passwords and the right one last, all at once, alternating between the two servers. */
  async function burst(email: string, addressOf: (i: number) => string, now: Date) {
    const { counter, check } = countingCheck();
    const settled = await Promise.allSettled(
      Array.from({ length: 41 }, (_, i) =>
        attempt(i % 2 ? server2 : server1, email, i === 40 ? PASSWORD : WRONG, addressOf(i), now, check),
      ),
    );
    const rejected = settled.filter((s) => s.status === "rejected");
    const results = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    return { checks: counter.checks, rejected, results, right: results[40] };
  }

  it("checks at most five passwords of 40 parallel wrong ones from one address, and never fails", async () => {
    const at = clock();
    const { counter, check } = countingCheck();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attempt(i % 2 ? server2 : server1, "target@office.gov.cn", WRONG, "192.0.2.10", at(), check),
      ),
    );
    expect(counter.checks).toBe(5);
    expect(results.filter((r) => r.kind === "invalid")).toHaveLength(5);
    expect(results.filter((r) => r.kind === "throttled")).toHaveLength(35);
    // Even the right password waits now: the answer must not reveal it was right.
    expect(await attempt(server1, "target@office.gov.cn", PASSWORD, "192.0.2.10", at(5000))).toEqual({
      kind: "throttled",
      retryAfter: 25,
    });
  });

  it("bounds 40 wrong and one right password in parallel, one address each, with no exception", async () => {
    const at = clock();
    const { checks, rejected, results, right } = await burst(
      "spread@office.gov.cn",
      (i) => `198.51.100.${i + 1}`,
      at(),
    );
    expect(rejected).toEqual([]);
    // The account's counter admits ten attempts; the right one, if admitted and successful, gives
    // its own back, so at most one more.
    expect(checks).toBeLessThanOrEqual(11);
    expect(checks).toBeGreaterThanOrEqual(10);
    expect(["signed_in", "throttled"]).toContain(right!.kind);
    expect(results.every((r) => ["invalid", "throttled", "signed_in"].includes(r.kind))).toBe(true);
  });

  it("bounds the same burst from one address, and a successful sign-in there never fails", async () => {
    const at = clock();
    const { checks, rejected, right } = await burst("target@office.gov.cn", () => "192.0.2.77", at());
    expect(rejected).toEqual([]);
    expect(checks).toBeLessThanOrEqual(11);
    expect(["signed_in", "throttled"]).toContain(right!.kind);
    const after = await attempt(server2, "target@office.gov.cn", PASSWORD, "192.0.2.77", at(3_600_000));
    expect(after.kind).toBe("signed_in");
  });

  it("lets failures from other addresses lock an account for at most a minute", async () => {
    const at = clock();
    for (let i = 0; i < 30; i++)
      await attempt(server1, "weapon@office.gov.cn", WRONG, `203.0.113.${i + 1}`, at(i * 1000));
    const last = 29_000;
    const soon = await attempt(server2, "weapon@office.gov.cn", PASSWORD, "192.0.2.200", at(last + 1000));
    expect(soon.kind).toBe("throttled");
    expect((soon as Extract<LoginResult, { kind: "throttled" }>).retryAfter).toBeLessThanOrEqual(60);
    expect((await attempt(server2, "weapon@office.gov.cn", PASSWORD, "192.0.2.200", at(last + 60_000))).kind).toBe(
      "signed_in",
    );
  });

  it("never locks a user out where they signed in before, whatever other addresses do", async () => {
    const at = clock();
    expect((await attempt(server1, "known@office.gov.cn", PASSWORD, "192.0.2.88", at())).kind).toBe("signed_in");
    for (let i = 0; i < 40; i++) await attempt(server2, "known@office.gov.cn", WRONG, `203.0.113.${100 + i}`, at(1000));
    expect((await attempt(server1, "known@office.gov.cn", PASSWORD, "198.51.100.250", at(2000))).kind).toBe(
      "throttled",
    );
    expect((await attempt(server1, "known@office.gov.cn", PASSWORD, "192.0.2.88", at(2000))).kind).toBe("signed_in");
    // Known or not, one address still gets five guesses.
    for (let i = 0; i < 5; i++) await attempt(server1, "known@office.gov.cn", WRONG, "192.0.2.88", at(3000));
    expect((await attempt(server1, "known@office.gov.cn", PASSWORD, "192.0.2.88", at(3000))).kind).toBe("throttled");
  });

  it("limits one address to twenty attempts over all accounts, however X-Forwarded-For rotates", async () => {
    const at = clock();
    const { counter, check } = countingCheck();
    const results: LoginResult[] = [];
    for (let i = 0; i < 25; i++) {
      const headers = new Headers({
        "x-zjtx-client-address": "192.0.2.150",
        "x-forwarded-for": `10.${i}.0.1`,
      });
      results.push(await attempt(server1, `nobody${i}@elsewhere.cn`, WRONG, clientAddress(headers, 0), at(i), check));
    }
    expect(counter.checks).toBe(20);
    expect(results.slice(20).every((r) => r.kind === "throttled")).toBe(true);
    // Behind one trusted proxy, a first hop the client invented does not unblock it either.
    const forged = new Headers({ "x-zjtx-client-address": "10.0.0.2", "x-forwarded-for": "203.0.113.1, 192.0.2.150" });
    expect((await attempt(server1, "target@office.gov.cn", PASSWORD, clientAddress(forged, 1), at(100))).kind).toBe(
      "throttled",
    );
    // Another address of the same IPv6 /64 is the same address.
    for (let i = 0; i < 20; i++)
      await attempt(server1, `v6-${i}@elsewhere.cn`, WRONG, `2001:db8:1:2::${(i + 1).toString(16)}`, at(200));
    expect((await attempt(server1, "target@office.gov.cn", PASSWORD, "2001:db8:1:2:ffff::9", at(200))).kind).toBe(
      "throttled",
    );
  });

  it("spends at most the global budget a minute on new emails, before any password work", async () => {
    const at = clock();
    const throttle: ThrottlePolicy = { ...defaultThrottle, global: { perMinute: 12 } };
    const { counter, check } = countingCheck();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        attempt(i % 2 ? server2 : server1, `spray${i}@elsewhere.cn`, WRONG, `198.18.${i}.1`, at(), check, throttle),
      ),
    );
    expect(counter.checks).toBe(12);
    const throttled = results.filter((r) => r.kind === "throttled");
    expect(throttled).toHaveLength(18);
    expect(throttled.every((r) => r.retryAfter >= 1 && r.retryAfter <= 60)).toBe(true);
    expect(
      (await attempt(server1, "spray99@elsewhere.cn", WRONG, "198.18.99.1", at(60_000), check, throttle)).kind,
    ).toBe("invalid");
  });

  it("prunes rows nobody needs any more, a bounded batch at a time", async () => {
    const at = clock();
    const prisma = server1.prisma;
    const old = at(-2 * 24 * 3_600_000);
    await prisma.loginThrottle.createMany({
      data: [
        { key: "ip:prune-old", failures: 3, lastFailureAt: old },
        { key: "known:prune@x.cn|192.0.2.1", failures: 0, lastFailureAt: old },
        { key: "known:prune@x.cn|192.0.2.2", failures: 0, lastFailureAt: at(-31 * 24 * 3_600_000) },
        { key: "ip:prune-recent", failures: 3, lastFailureAt: at(-3_600_000) },
      ],
    });
    expect(await pruneThrottle(prisma, at())).toBeGreaterThanOrEqual(2);
    const left = await prisma.loginThrottle.findMany({ where: { key: { contains: "prune" } }, select: { key: true } });
    expect(left.map((r) => r.key).sort()).toEqual(["ip:prune-recent", "known:prune@x.cn|192.0.2.1"]);
  });
});

describe("the client address", () => {
  it("ignores X-Forwarded-For entirely by default and uses the socket's peer", () => {
    const headers = new Headers({ "x-zjtx-client-address": "192.0.2.9", "x-forwarded-for": "203.0.113.5" });
    expect(clientAddress(headers)).toBe("192.0.2.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.5" }))).toBe("unknown");
  });

  it("takes the n-th entry from the right behind n trusted proxies, never an invented first hop", () => {
    const headers = new Headers({
      "x-zjtx-client-address": "10.0.0.2",
      "x-forwarded-for": "1.1.1.1, 203.0.113.5, 10.0.0.7",
    });
    expect(clientAddress(headers, 1)).toBe("10.0.0.7");
    expect(clientAddress(headers, 2)).toBe("203.0.113.5");
    expect(clientAddress(headers, 5)).toBe("1.1.1.1");
    expect(clientAddress(new Headers({ "x-zjtx-client-address": "10.0.0.2", "x-forwarded-for": "junk" }), 1)).toBe(
      "10.0.0.2",
    );
    expect(clientAddress(new Headers({ "x-zjtx-client-address": "10.0.0.2" }), 1)).toBe("10.0.0.2");
  });

  it("counts an IPv6 address by its /64 and an IPv4-mapped one as IPv4", () => {
    expect(addressBucket("2001:db8:1:2::5")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("192.0.2.1")).toBe("192.0.2.1");
  });
});

describe("the page sign-in returns to", () => {
  it("follows only paths inside the admin area of this site", () => {
    for (const ok of ["/admin", "/admin/users", "/admin/assessments?status=submitted&q=a%2F%2Fb", "/admin?x=1"])
      expect(safeNext(ok)).toBe(ok);
    for (const bad of [
      "//evil.example/admin",
      "https://evil.example/admin",
      "/\\evil.example",
      "/admin\\..\\x",
      "/admin//evil.example",
      "/administrator",
      "/enterprises",
      "admin/users",
      "/admin/\nx",
      "javascript:alert(1)",
      undefined,
      ["/admin/users"],
    ])
      expect(safeNext(bad)).toBe("/admin/assessments");
  });
});
