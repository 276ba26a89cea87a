import { beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { createUser } from "./create-user";
import { getAssessmentDetail } from "./get-assessment";
import { markDesignated } from "./mark-designated";
import { overrideCriterion } from "./override-criterion";
import { reviewAssessment } from "./review-assessment";
import { submittedAssessment } from "./testing/submitted";

describe.each(testBackends)("review workflow on $name", (backend) => {
  const db = useTestDatabase(backend);
  let actor: { userId: string; email: string };
  let n = 0;
  const submit = async (options: Partial<Parameters<typeof submittedAssessment>[0]> = {}) =>
    (
      await db().prisma.assessment.create({
        data: submittedAssessment({ reference: `ZJ-T${String(++n).padStart(5, "0")}`, ...options }),
      })
    ).id;

  beforeAll(async () => {
    const user = await createUser(
      db().prisma,
      { userId: null, email: "cli" },
      { email: "li@office.gov.cn", role: "reviewer", password: "Review-Desk-2026" },
    );
    if (user.kind !== "created") throw new Error(user.kind);
    actor = { userId: user.id, email: user.email };
  });

  it("moves submitted → in review → needs information → in review → recommended, each with its note", async () => {
    const id = await submit();
    const step = async (to: "in_review" | "recommended" | "needs_information", version: number) =>
      reviewAssessment(db().prisma, actor, { id, to, note: `to ${to}`, version });
    expect(await step("in_review", 14)).toEqual({ kind: "changed", from: "submitted", to: "in_review", version: 15 });
    expect(await step("needs_information", 15)).toMatchObject({ kind: "changed", version: 16 });
    expect(await step("in_review", 16)).toMatchObject({ kind: "changed", version: 17 });
    expect(await step("recommended", 17)).toMatchObject({ kind: "changed", to: "recommended" });
    const events = await db().prisma.reviewEvent.findMany({ where: { assessmentId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.note, e.actorId])).toEqual([
      ["submitted", "in_review", "to in_review", actor.userId],
      ["in_review", "needs_information", "to needs_information", actor.userId],
      ["needs_information", "in_review", "to in_review", actor.userId],
      ["in_review", "recommended", "to recommended", actor.userId],
    ]);
    const audit = await db().prisma.auditLog.findMany({ where: { targetId: id }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(4);
    expect(audit[3]).toMatchObject({
      actorEmail: "li@office.gov.cn",
      action: "assessment.review",
      before: { status: "in_review" },
      after: { status: "recommended", note: "to recommended" },
    });
  });

  it("refuses a missing note, an invalid transition, a stale version and a draft", async () => {
    const id = await submit();
    expect(await reviewAssessment(db().prisma, actor, { id, to: "in_review", note: "   ", version: 14 })).toEqual({
      kind: "note_required",
    });
    expect(
      await reviewAssessment(db().prisma, actor, { id, to: "in_review", note: "x".repeat(2001), version: 14 }),
    ).toEqual({ kind: "note_too_long" });
    // PostgreSQL refuses NUL: refused with its own message instead of failing in the database.
    expect(await reviewAssessment(db().prisma, actor, { id, to: "in_review", note: "ok\u0000", version: 14 })).toEqual({
      kind: "note_unstorable",
    });
    expect(await reviewAssessment(db().prisma, actor, { id, to: "recommended", note: "skip", version: 14 })).toEqual({
      kind: "invalid_transition",
      from: "submitted",
    });
    expect(await reviewAssessment(db().prisma, actor, { id, to: "submitted", note: "back", version: 14 })).toEqual({
      kind: "invalid_transition",
      from: "submitted",
    });
    expect(await reviewAssessment(db().prisma, actor, { id, to: "in_review", note: "old page", version: 13 })).toEqual({
      kind: "conflict",
    });
    const both = await Promise.all(
      [1, 2].map((i) => reviewAssessment(db().prisma, actor, { id, to: "in_review", note: `tab ${i}`, version: 14 })),
    );
    expect(both.map((r) => r.kind).sort()).toEqual(["changed", "conflict"]);
    const draft = await db().prisma.assessment.create({
      data: { reference: "ZJ-DRAFT1", tokenHash: "d".repeat(64), rulesetId: "miit-2026" },
    });
    expect(
      await reviewAssessment(db().prisma, actor, { id: draft.id, to: "in_review", note: "n", version: 1 }),
    ).toEqual({ kind: "not_found" });
    expect(await db().prisma.reviewEvent.count({ where: { assessmentId: id } })).toBe(1);
  });

  it("overrides a criterion only in review, with a reason, and the tier verdict follows", async () => {
    const id = await submit({ revenue: 3000 });
    const input = {
      id,
      tierId: "little-giant",
      criterionId: "lg.revenue",
      outcome: "met",
      reason: "audited accounts show 2025 revenue of 1.2亿",
    };
    expect(await overrideCriterion(db().prisma, actor, input)).toEqual({ kind: "not_in_review" });
    await reviewAssessment(db().prisma, actor, { id, to: "in_review", note: "start", version: 14 });
    expect(await overrideCriterion(db().prisma, actor, { ...input, reason: " " })).toEqual({ kind: "reason_required" });
    expect(await overrideCriterion(db().prisma, actor, { ...input, reason: "x\uD800" })).toEqual({
      kind: "reason_unstorable",
    });
    expect(await overrideCriterion(db().prisma, actor, { ...input, outcome: "great" })).toEqual({
      kind: "invalid_outcome",
    });
    expect(await overrideCriterion(db().prisma, actor, { ...input, criterionId: "lg.nothing" })).toEqual({
      kind: "not_found",
    });
    expect(await overrideCriterion(db().prisma, actor, { ...input, outcome: "not_met" })).toEqual({
      kind: "unchanged",
    });
    expect(await overrideCriterion(db().prisma, actor, input)).toEqual({ kind: "overridden", verdict: "not_eligible" }); // growth still fails
    expect(
      await overrideCriterion(db().prisma, actor, {
        ...input,
        criterionId: "lg.growth",
        reason: "2026 growth checked",
      }),
    ).toEqual({ kind: "overridden", verdict: "eligible" });
    const row = await db().prisma.assessment.findUniqueOrThrow({ where: { id } });
    expect(row.verdictLittleGiant).toBe("eligible");
    const detail = await getAssessmentDetail(db().prisma, id);
    const lg = detail!.tiers.find((t) => t.id === "little-giant")!;
    expect(lg).toMatchObject({ verdict: "eligible", originalVerdict: "not_eligible" });
    expect(lg.criteria.find((c) => c.id === "lg.revenue")).toMatchObject({
      outcome: "met",
      originalOutcome: "not_met",
      override: { reason: input.reason, actorEmail: actor.email },
    });
    // The frozen evaluation is untouched.
    expect(
      (row.evaluation as { tiers: { id: string; verdict: string }[] }).tiers.find((t) => t.id === "little-giant")!
        .verdict,
    ).toBe("not_eligible");
    expect(
      await db().prisma.criterionOverride.findMany({ where: { assessmentId: id }, orderBy: { id: "asc" } }),
    ).toMatchObject([
      { criterionId: "lg.revenue", originalOutcome: "not_met", newOutcome: "met", actorId: actor.userId },
      { criterionId: "lg.growth", originalOutcome: "not_met", newOutcome: "met" },
    ]);
    expect(
      await db().prisma.auditLog.findFirst({
        where: { targetId: id, action: "assessment.override" },
        orderBy: { id: "desc" },
      }),
    ).toMatchObject({
      before: { criterion: "lg.growth", outcome: "not_met", verdict: "not_eligible" },
      after: { criterion: "lg.growth", outcome: "met", verdict: "eligible" },
    });
  });

  it("marks an assessment designated with batch and year, and clears it", async () => {
    const id = await submit({ status: "recommended" });
    expect(await markDesignated(db().prisma, actor, { id, designation: { batch: 0, year: 2026 } })).toMatchObject({
      kind: "invalid",
    });
    expect(await markDesignated(db().prisma, actor, { id, designation: { batch: 7, year: 2025 } })).toEqual({
      kind: "saved",
    });
    expect(await db().prisma.assessment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      designatedBatch: 7,
      designatedYear: 2025,
    });
    expect(await markDesignated(db().prisma, actor, { id, designation: null })).toEqual({ kind: "saved" });
    expect(await db().prisma.assessment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      designatedBatch: null,
      designatedYear: null,
    });
    expect(
      (await db().prisma.auditLog.findMany({ where: { targetId: id }, orderBy: { id: "asc" } })).map((a) => a.after),
    ).toEqual([
      { batch: 7, year: 2025 },
      { batch: null, year: null },
    ]);
  });

  it("lists other assessments with the same USCC as duplicates", async () => {
    const a = await submit({ uscc: "91110108MA01A2B3CF" });
    const b = await submit({ uscc: "91110108MA01A2B3CF" });
    await submit({ uscc: null });
    const detail = await getAssessmentDetail(db().prisma, a);
    expect(detail!.duplicates.map((d) => d.id)).toEqual([b]);
    expect(await getAssessmentDetail(db().prisma, "not-a-uuid")).toBeNull();
  });

  it("keeps the audit log, review events and overrides append-only: UPDATE, DELETE and TRUNCATE raise", async () => {
    expect(await db().prisma.auditLog.count()).toBeGreaterThan(0);
    for (const table of ["audit_log", "review_event", "criterion_override"]) {
      await expect(db().prisma.$executeRawUnsafe(`UPDATE "${table}" SET "created_at" = now()`)).rejects.toThrow(
        /append-only/,
      );
      await expect(db().prisma.$executeRawUnsafe(`DELETE FROM "${table}"`)).rejects.toThrow(/append-only/);
      await expect(db().prisma.$executeRawUnsafe(`TRUNCATE "${table}"`)).rejects.toThrow(/append-only/);
    }
    await expect(db().prisma.auditLog.updateMany({ data: { action: "nothing" } })).rejects.toThrow();
    await expect(db().prisma.auditLog.deleteMany({})).rejects.toThrow();
    expect(await db().prisma.auditLog.count({ where: { action: "nothing" } })).toBe(0);
  });
});
