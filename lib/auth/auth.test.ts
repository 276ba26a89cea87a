import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/admin/create-user";
import { updateUser } from "@/lib/admin/update-user";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { login } from "./login";
import { hashSecretToken } from "@/lib/secret-token";
import { resumeSession, revokeSession } from "./sessions";

const policy = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
const t0 = new Date("2026-11-21T02:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const cli = { userId: null, email: "admin:create" };
const PASSWORD = "Review-Desk-2026";

describe.each(testBackends)("admin accounts and sessions on $name", (backend) => {
  const db = useTestDatabase(backend);
  let adminId: string;
  beforeAll(async () => {
    const admin = await createUser(db().prisma, cli, {
      email: "Chief@Office.gov.cn ",
      role: "admin",
      password: PASSWORD,
    });
    if (admin.kind !== "created") throw new Error(admin.kind);
    adminId = admin.id;
  });

  const signIn = (
    email: string,
    password: string,
    now: Date,
    extra: { address?: string; previousToken?: string } = {},
  ) =>
    login(
      db().prisma,
      { email, password, address: extra.address ?? "10.0.0.1", previousToken: extra.previousToken },
      { policy, now },
    );

  it("creates users with an argon2id hash, refusing weak passwords, bad emails and duplicates", async () => {
    const row = await db().prisma.adminUser.findUniqueOrThrow({ where: { email: "chief@office.gov.cn" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await createUser(db().prisma, cli, { email: "x@y.cn", role: "reviewer", password: "short" })).toEqual({
      kind: "weak_password",
      problem: "too_short",
    });
    expect(await createUser(db().prisma, cli, { email: "not-an-email", role: "reviewer", password: PASSWORD })).toEqual(
      { kind: "invalid_email" },
    );
    expect(await createUser(db().prisma, cli, { email: "x@y.cn", role: "root", password: PASSWORD })).toEqual({
      kind: "invalid_role",
    });
    expect(
      await createUser(db().prisma, cli, { email: "CHIEF@office.gov.cn", role: "reviewer", password: PASSWORD }),
    ).toEqual({ kind: "exists" });
    expect(await db().prisma.auditLog.count({ where: { action: "user.create", targetId: adminId } })).toBe(1);
  });

  it("answers the same for an unknown email and a wrong password, and signs in with the right one", async () => {
    expect(await signIn("nobody@office.gov.cn", PASSWORD, t0)).toEqual({ kind: "invalid" });
    expect(await signIn("chief@office.gov.cn", "Wrong-Password-1", t0)).toEqual({ kind: "invalid" });
    const ok = await signIn("CHIEF@office.gov.cn", PASSWORD, t0);
    expect(ok).toMatchObject({ kind: "signed_in", user: { email: "chief@office.gov.cn", role: "admin" } });
    if (ok.kind !== "signed_in") return;
    expect(ok.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db().prisma.adminSession.findUniqueOrThrow({ where: { idHash: hashSecretToken(ok.token) } });
    expect(stored.idHash).not.toBe(ok.token);
    expect(await db().prisma.adminSession.count({ where: { idHash: ok.token } })).toBe(0);
  });

  it("ends a session after the idle limit, and after the absolute limit however active", async () => {
    const ok = await signIn("chief@office.gov.cn", PASSWORD, t0);
    if (ok.kind !== "signed_in") throw new Error(ok.kind);
    const session = await resumeSession(db().prisma, ok.token, policy, at(29 * 60_000));
    expect(session).toMatchObject({ role: "admin", endsAt: at(59 * 60_000) });
    expect(await resumeSession(db().prisma, ok.token, policy, at(58 * 60_000))).not.toBeNull(); // the clock restarted at 29 min
    expect(await resumeSession(db().prisma, ok.token, policy, at(88 * 60_000 + 1))).toBeNull(); // 30 min idle after 58

    const busy = await signIn("chief@office.gov.cn", PASSWORD, t0);
    if (busy.kind !== "signed_in") throw new Error(busy.kind);
    for (let minute = 20; minute < 12 * 60; minute += 20)
      expect(await resumeSession(db().prisma, busy.token, policy, at(minute * 60_000))).not.toBeNull();
    const last = await resumeSession(db().prisma, busy.token, policy, at((12 * 60 - 5) * 60_000));
    expect(last?.endsAt).toEqual(at(12 * 3_600_000)); // capped by the absolute end
    expect(await resumeSession(db().prisma, busy.token, policy, at(12 * 3_600_000))).toBeNull();
  });

  it("rotates the session at sign-in and revokes it at sign-out", async () => {
    const first = await signIn("chief@office.gov.cn", PASSWORD, t0);
    if (first.kind !== "signed_in") throw new Error(first.kind);
    const second = await signIn("chief@office.gov.cn", PASSWORD, at(1000), { previousToken: first.token });
    if (second.kind !== "signed_in") throw new Error(second.kind);
    expect(second.token).not.toBe(first.token);
    expect(await resumeSession(db().prisma, first.token, policy, at(2000))).toBeNull();
    expect(await resumeSession(db().prisma, second.token, policy, at(2000))).not.toBeNull();
    await revokeSession(db().prisma, second.token, at(3000));
    expect(await resumeSession(db().prisma, second.token, policy, at(4000))).toBeNull();
    expect(await resumeSession(db().prisma, "x".repeat(43), policy, at(4000))).toBeNull();
  });

  it("signs a user out everywhere when disabled or given a new password, and refuses a disabled sign-in", async () => {
    const created = await createUser(db().prisma, cli, {
      email: "reviewer@office.gov.cn",
      role: "reviewer",
      password: PASSWORD,
    });
    if (created.kind !== "created") throw new Error(created.kind);
    const actor = { userId: adminId, email: "chief@office.gov.cn" };
    const ok = await signIn("reviewer@office.gov.cn", PASSWORD, t0);
    if (ok.kind !== "signed_in") throw new Error(ok.kind);
    expect(await updateUser(db().prisma, actor, created.id, { kind: "disabled", disabled: true }, at(1000))).toEqual({
      kind: "saved",
    });
    expect(await resumeSession(db().prisma, ok.token, policy, at(2000))).toBeNull();
    expect(await signIn("reviewer@office.gov.cn", PASSWORD, at(3000))).toEqual({ kind: "invalid" });
    expect(await updateUser(db().prisma, actor, created.id, { kind: "disabled", disabled: false }, at(4000))).toEqual({
      kind: "saved",
    });
    const again = await signIn("reviewer@office.gov.cn", PASSWORD, at(5000));
    if (again.kind !== "signed_in") throw new Error(again.kind);
    expect(await updateUser(db().prisma, actor, created.id, { kind: "password", password: "short" })).toEqual({
      kind: "weak_password",
      problem: "too_short",
    });
    expect(
      await updateUser(db().prisma, actor, created.id, { kind: "password", password: "Another-Desk-2027" }, at(6000)),
    ).toEqual({ kind: "saved" });
    expect(await resumeSession(db().prisma, again.token, policy, at(7000))).toBeNull();
    expect((await signIn("reviewer@office.gov.cn", "Another-Desk-2027", at(8000))).kind).toBe("signed_in");
    expect(await updateUser(db().prisma, actor, created.id, { kind: "role", role: "admin" })).toEqual({
      kind: "saved",
    });
    expect(await updateUser(db().prisma, actor, adminId, { kind: "role", role: "reviewer" })).toEqual({ kind: "self" });
    expect(await updateUser(db().prisma, actor, adminId, { kind: "disabled", disabled: true })).toEqual({
      kind: "self",
    });
    const actions = (
      await db().prisma.auditLog.findMany({ where: { targetId: created.id }, orderBy: { id: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual([
      "user.create",
      "session.login",
      "user.disable",
      "user.enable",
      "session.login",
      "user.password",
      "session.login",
      "user.role",
    ]);
  });

  it("waits after five failures of an account from one address, doubling, and clears that on success", async () => {
    await createUser(db().prisma, cli, { email: "target@office.gov.cn", role: "reviewer", password: PASSWORD });
    for (let i = 0; i < 5; i++)
      expect(await signIn("target@office.gov.cn", "Wrong-Password-1", at(i * 1000), { address: "10.0.0.2" })).toEqual({
        kind: "invalid",
      });
    // Even the right password waits now: the answer must not reveal it was right.
    expect(await signIn("target@office.gov.cn", PASSWORD, at(5000), { address: "10.0.0.2" })).toEqual({
      kind: "throttled",
      retryAfter: 29,
    });
    // Five failures from one address do not lock the account elsewhere.
    expect((await signIn("target@office.gov.cn", PASSWORD, at(5000), { address: "10.0.0.3" })).kind).toBe("signed_in");
    expect(await signIn("target@office.gov.cn", "Wrong-Password-1", at(35_000), { address: "10.0.0.2" })).toEqual({
      kind: "invalid",
    });
    expect(await signIn("target@office.gov.cn", PASSWORD, at(36_000), { address: "10.0.0.2" })).toEqual({
      kind: "throttled",
      retryAfter: 59,
    });
    expect((await signIn("target@office.gov.cn", PASSWORD, at(96_000), { address: "10.0.0.2" })).kind).toBe(
      "signed_in",
    );
    // Success cleared that address's count for the account.
    for (let i = 0; i < 5; i++)
      await signIn("target@office.gov.cn", "Wrong-Password-1", at(97_000), { address: "10.0.0.2" });
    expect((await signIn("target@office.gov.cn", PASSWORD, at(97_000), { address: "10.0.0.2" })).kind).toBe(
      "throttled",
    );
  });
});
