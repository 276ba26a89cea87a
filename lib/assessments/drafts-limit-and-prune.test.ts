import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { testBackends } from "@/lib/db/testing/backends";
import { pickPaths } from "@/lib/questionnaire/answers";
import { findStep } from "@/lib/questionnaire/steps";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { newSecretToken } from "@/lib/secret-token";
import { createDraft, startDraft } from "./create-draft";
import { countDraft } from "./draft-limit";
import { findHeldAssessment } from "./find-held";
import { NEVER_ANSWERED_AFTER_MS, pruneDraftsNowAndThen, pruneNeverAnsweredDrafts } from "./prune-drafts";
import { saveStep } from "./save-step";

const DAY = NEVER_ANSWERED_AFTER_MS;

describe.each(testBackends)("drafts: the per-address limit and the pruning, on $name", (backend) => {
  // Two clients stand in for two app servers on PostgreSQL; PGlite serves one process, so one.
  let first: Database;
  let second: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const created = await backend.createMigrated();
    cleanup = created.cleanup;
    first = await openDatabase(created.database);
    second = created.database.kind === "postgres" ? await openDatabase(created.database) : first;
  });
  afterAll(async () => {
    if (second !== first) await second.close();
    await first.close();
    await cleanup();
  });

  it("prunes only the never-answered drafts older than a day, at most `limit` at a time", async () => {
    const db = first.prisma;
    const now = new Date();
    const old = new Date(now.getTime() - DAY - 60_000);
    const age = (id: string, createdAt: Date) => db.assessment.update({ where: { id }, data: { createdAt } });

    const neverAnswered = await Promise.all([1, 2, 3].map(() => createDraft(db, { rulesetId: "miit-2026" })));
    for (const d of neverAnswered) await age(d.id, old);
    const recent = await createDraft(db, { rulesetId: "miit-2026" });
    await age(recent.id, new Date(now.getTime() - DAY + 60_000));
    // Answered once (a step saved): kept, however old.
    const answered = await createDraft(db, { rulesetId: "miit-2026" });
    const held = (await findHeldAssessment(db, answered.id, answered.token))!;
    const about = findStep("about")!;
    const saved = await saveStep(first, held, {
      step: about.id,
      values: pickPaths(
        completeAnswers,
        about.fields.map((f) => f.path),
      ),
      version: 1,
      mode: "complete",
    });
    expect(saved.kind).toBe("saved");
    await age(answered.id, old);
    // A copy starts with the submitted answers: kept.
    const copy = await createDraft(db, { rulesetId: "miit-2026", answers: { review: false } });
    await age(copy.id, old);

    expect(await pruneNeverAnsweredDrafts(db, now, 2)).toBe(2);
    expect(await pruneNeverAnsweredDrafts(db, now)).toBe(1);
    expect(await pruneNeverAnsweredDrafts(db, now)).toBe(0);
    const left = await db.assessment.findMany({ select: { id: true } });
    expect(left.map((r) => r.id).sort()).toEqual([recent.id, answered.id, copy.id].sort());
    // A day later the recent one goes too; the answered one and the copy stay.
    expect(await pruneNeverAnsweredDrafts(db, new Date(now.getTime() + DAY))).toBe(1);
    expect(await db.assessment.count()).toBe(2);
  });

  it("prunes at most once an hour per server, on the clock it is given", async () => {
    const db = first.prisma;
    const t0 = new Date();
    const unanswered = await createDraft(db, { rulesetId: "miit-2026" });
    await db.assessment.update({ where: { id: unanswered.id }, data: { createdAt: new Date(t0.getTime() - DAY - 1) } });
    const errors: unknown[] = [];
    const lastRun = {};
    const run = (at: number) => pruneDraftsNowAndThen(db, new Date(t0.getTime() + at), (e) => errors.push(e), lastRun);
    await run(0);
    expect(await db.assessment.count({ where: { id: unanswered.id } })).toBe(0);
    expect(run(59 * 60_000)).toBeUndefined();
    await expect(run(60 * 60_000)).resolves.toBeUndefined();
    expect(errors).toEqual([]);
  });

  it("counts drafts per address atomically across servers: N allowed, the rest refused", async () => {
    const now = new Date("2026-12-02T10:00:00Z");
    const policy = { max: 5, windowMs: 10 * 60_000 };
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => countDraft((i % 2 ? second : first).prisma, "198.51.100.7", now, policy)),
    );
    expect(attempts.filter((a) => a.allowed)).toHaveLength(5);
    expect(attempts.filter((a) => !a.allowed)).toEqual(Array(7).fill({ allowed: false, retryMinutes: 10 }));
    // Another address has its own count; the window's end frees this one.
    expect(await countDraft(second.prisma, "203.0.113.9", now, policy)).toEqual({ allowed: true });
    const later = new Date(now.getTime() + 4 * 60_000);
    expect(await countDraft(first.prisma, "198.51.100.7", later, policy)).toEqual({ allowed: false, retryMinutes: 6 });
    const after = new Date(now.getTime() + policy.windowMs);
    expect(await countDraft(first.prisma, "198.51.100.7", after, policy)).toEqual({ allowed: true });
  });

  it("starts 20 drafts from one address in ten minutes, refuses the 21st, and still finds a draft already started", async () => {
    const now = new Date();
    const start = (db: Database, address: string, token?: string) =>
      startDraft(db.prisma, { rulesetId: "miit-2026", address, now, ...(token ? { token } : {}) });
    const tokens = Array.from({ length: 20 }, () => newSecretToken().token);
    const started = await Promise.all(tokens.map((t, i) => start(i % 2 ? second : first, "192.0.2.1", t)));
    expect(started.every((s) => s.kind === "started")).toBe(true);
    expect(await start(second, "192.0.2.1", newSecretToken().token)).toEqual({ kind: "refused", retryMinutes: 10 });
    // The same start page pressed again opens its draft, limit or not.
    const again = await start(first, "192.0.2.1", tokens[0]);
    expect(again).toMatchObject({ kind: "started", draft: { token: tokens[0] } });
    expect(again.kind === "started" && started[0]?.kind === "started" && again.draft.id === started[0].draft.id).toBe(
      true,
    );
    expect((await start(first, "192.0.2.2")).kind).toBe("started");
  });
});
