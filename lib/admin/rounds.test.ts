import { describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { overrideCriterion } from "./override-criterion";
import { reviewAssessment } from "./review-assessment";
import { addToRound } from "./round-add";
import { createRound, getRound } from "./rounds";
import { returnRound, signOffRound } from "./round-signoff";
import { arrangeAssessment, bulkUpdate } from "./round-work";
import { useRoundStaff } from "./testing/round-staff";

describe.each(testBackends)("review rounds on $name", (backend) => {
  const db = useTestDatabase(backend);
  const staff = useRoundStaff(db);
  const { submit } = staff;

  it("works a round from adding applications to a locked, ranked list", async () => {
    const a = await submit();
    const b = await submit({ name: "厦门精工" });
    const c = await submit({ revenue: 3000 });
    expect(a.verdictLittleGiant).toBe("eligible");
    const made = await createRound(db().prisma, staff.admin(), {
      name: "2027 年第一批",
      rulesetId: a.rulesetId,
      tier: "little-giant",
      deadline: "2027-03-31",
      quota: 2,
    });
    if (made.kind !== "created") throw new Error(made.kind);
    const id = made.id;

    // All or nothing: one unknown reference refuses the list, naming it; nothing joins.
    expect(await addToRound(db().prisma, staff.reviewer(), id, `${a.reference}\nZJ-NOPE99`)).toEqual({
      kind: "refused",
      unknown: ["ZJ-NOPE99"],
      otherRuleset: [],
      otherRound: [],
    });
    expect(await db().prisma.assessment.count({ where: { roundId: id } })).toBe(0);
    expect(
      await addToRound(
        db().prisma,
        staff.reviewer(),
        id,
        `${a.reference.toLowerCase()}、${b.reference}, ${c.reference}`,
      ),
    ).toEqual({ kind: "added", count: 3 });

    // Assign two to the reviewer and move all three into review with one note.
    let round = (await getRound(db().prisma, id))!;
    const items = round.applications.map((x) => ({ id: x.id, version: x.version }));
    expect(
      await bulkUpdate(db().prisma, staff.reviewer(), {
        roundId: id,
        items: items.slice(0, 2),
        to: null,
        assigneeId: staff.reviewer().userId,
        note: "",
      }),
    ).toMatchObject({ kind: "done", assigned: 2, changed: 0 });
    round = (await getRound(db().prisma, id))!;
    expect(round.applications.filter((x) => x.assigneeEmail === staff.reviewer().email)).toHaveLength(2);
    // The page's versions are stale now (the assignment bumped them): refused, each named.
    expect(
      await bulkUpdate(db().prisma, staff.reviewer(), { roundId: id, items, to: "in_review", note: "开始审核" }),
    ).toEqual({
      kind: "conflict",
      references: [a.reference, b.reference],
    });
    const fresh = () => round.applications.map((x) => ({ id: x.id, version: x.version }));
    expect(
      await bulkUpdate(db().prisma, staff.reviewer(), { roundId: id, items: fresh(), to: "recommended", note: "x" }),
    ).toEqual({ kind: "invalid_transition", references: [a.reference, b.reference, c.reference] });
    expect(
      await bulkUpdate(db().prisma, staff.reviewer(), { roundId: id, items: fresh(), to: "in_review", note: " " }),
    ).toEqual({
      kind: "note_required",
    });
    expect(
      await bulkUpdate(db().prisma, staff.reviewer(), {
        roundId: id,
        items: fresh(),
        to: "in_review",
        note: "开始审核",
      }),
    ).toMatchObject({ kind: "done", changed: 3 });
    const events = await db().prisma.reviewEvent.findMany({ where: { note: "开始审核" } });
    expect(events).toHaveLength(3);

    // Not ready: two still in review.
    round = (await getRound(db().prisma, id))!;
    const [ra, rb, rc] = round.applications;
    await reviewAssessment(db().prisma, staff.reviewer(), {
      id: ra!.id,
      to: "recommended",
      note: "营收与研发达标",
      version: ra!.version,
    });
    round = (await getRound(db().prisma, id))!;
    let signed = await signOffRound(db().prisma, staff.reviewer(), { id, version: round.version, note: "初审通过" });
    expect(signed).toEqual({
      kind: "not_ready",
      problems: [{ kind: "undecided", references: [b.reference, c.reference] }],
    });
    // The third's Little Giant verdict is not met: recommending it makes the list not ready.
    await reviewAssessment(db().prisma, staff.reviewer(), {
      id: rc!.id,
      to: "recommended",
      note: "x",
      version: rc!.version,
    });
    await reviewAssessment(db().prisma, staff.reviewer(), {
      id: rb!.id,
      to: "recommended",
      note: "规模最大",
      version: rb!.version,
    });
    round = (await getRound(db().prisma, id))!;
    expect(round.problems).toEqual([
      { kind: "not_eligible", references: [c.reference] },
      { kind: "over_quota", recommended: 3, quota: 2 },
    ]);
    const c2 = round.applications.find((x) => x.id === rc!.id)!;
    await reviewAssessment(db().prisma, staff.reviewer(), {
      id: c2.id,
      to: "in_review",
      note: "重审",
      version: c2.version,
    });
    const c3 = (await getRound(db().prisma, id))!.applications.find((x) => x.id === rc!.id)!;
    await reviewAssessment(db().prisma, staff.reviewer(), {
      id: c3.id,
      to: "not_recommended",
      note: "营收不足",
      version: c3.version,
    });
    round = (await getRound(db().prisma, id))!;
    expect(round.problems).toEqual([]);
    expect(round.ranked.map((x) => [x.reference, x.recommendation])).toHaveLength(2);
    expect(round.ranked.find((x) => x.reference === b.reference)?.recommendation).toBe("规模最大");

    // 初审 by the reviewer; then the list is frozen: no status change, no new application, no city.
    signed = await signOffRound(db().prisma, staff.reviewer(), { id, version: round.version, note: "初审通过" });
    expect(signed).toEqual({ kind: "signed", stage: "first_review" });
    const b2 = (await getRound(db().prisma, id))!.applications.find((x) => x.id === rb!.id)!;
    expect(
      await reviewAssessment(db().prisma, staff.reviewer(), {
        id: b2.id,
        to: "in_review",
        note: "再看",
        version: b2.version,
      }),
    ).toEqual({ kind: "round_locked" });
    expect(
      await arrangeAssessment(db().prisma, staff.reviewer(), {
        id: b2.id,
        roundId: id,
        assigneeId: null,
        city: "厦门",
      }),
    ).toEqual({ kind: "round_locked" });
    const d = await submit();
    expect(await addToRound(db().prisma, staff.reviewer(), id, d.reference)).toEqual({ kind: "round_not_open" });

    // 复审 by someone else than the 初审's signer; 审定 only by an admin.
    round = (await getRound(db().prisma, id))!;
    expect(await signOffRound(db().prisma, staff.reviewer(), { id, version: round.version, note: "复审" })).toEqual({
      kind: "same_signer",
    });
    expect(await signOffRound(db().prisma, staff.second(), { id, version: round.version, note: "复审通过" })).toEqual({
      kind: "signed",
      stage: "second_review",
    });
    round = (await getRound(db().prisma, id))!;
    expect(await signOffRound(db().prisma, staff.second(), { id, version: round.version, note: "审定" })).toEqual({
      kind: "admin_only",
    });
    expect(await signOffRound(db().prisma, staff.admin(), { id, version: round.version - 1, note: "审定" })).toEqual({
      kind: "conflict",
    });
    expect(await signOffRound(db().prisma, staff.admin(), { id, version: round.version, note: "同意推荐" })).toEqual({
      kind: "signed",
      stage: "approved",
    });
    round = (await getRound(db().prisma, id))!;
    expect(round.stage).toBe("approved");
    expect(round.signoffs.map((s) => [s.stage, s.actorEmail])).toEqual([
      ["first_review", staff.reviewer().email],
      ["second_review", staff.second().email],
      ["approved", staff.admin().email],
    ]);
    // Locked for good: no further sign-off, no return.
    expect(await signOffRound(db().prisma, staff.admin(), { id, version: round.version, note: "again" })).toEqual({
      kind: "locked",
    });
    expect(await returnRound(db().prisma, staff.admin(), { id, version: round.version, note: "back" })).toEqual({
      kind: "locked",
    });
    const audit = await db().prisma.auditLog.findMany({ where: { targetId: id }, orderBy: { id: "asc" } });
    // Each application's history says it joined.
    expect(
      await db().prisma.auditLog.count({ where: { targetId: a.id, action: "assessment.arrange" } }),
    ).toBeGreaterThanOrEqual(1);
    expect(audit.map((e) => e.action)).toEqual([
      "round.create",
      "round.add",
      "round.signoff",
      "round.signoff",
      "round.signoff",
    ]);
    expect(audit.at(-1)?.after).toMatchObject({ stage: "approved", note: "同意推荐" });
  });

  it("names the tier's criteria not met, a miss within a tenth as narrow, and those still open", async () => {
    const a = await submit({ revenue: 4800 }); // 200 万元 short of 5,000; its growth far below 5 %
    const made = await createRound(db().prisma, staff.admin(), {
      name: "差距",
      rulesetId: a.rulesetId,
      tier: "little-giant",
      deadline: "2027-02-01",
      quota: null,
    });
    if (made.kind !== "created") throw new Error(made.kind);
    await addToRound(db().prisma, staff.reviewer(), made.id, a.reference);
    const [app] = (await getRound(db().prisma, made.id))!.applications;
    expect(app!.failed).toEqual([
      { id: "lg.revenue", narrow: true },
      { id: "lg.growth", narrow: false },
    ]);
    expect(app!.open).toEqual([]);
  });

  it("asks many at once for more information, each with the checklist of its own evaluation as reviewed", async () => {
    const weak = await submit({ revenue: 3000 }); // revenue and growth not met
    const other = await submit({ revenue: 4000 });
    const made = await createRound(db().prisma, staff.admin(), {
      name: "补充材料",
      rulesetId: weak.rulesetId,
      tier: "little-giant",
      deadline: "2027-02-01",
      quota: null,
    });
    if (made.kind !== "created") throw new Error(made.kind);
    await addToRound(db().prisma, staff.reviewer(), made.id, `${weak.reference} ${other.reference}`);
    const items = async () =>
      (await getRound(db().prisma, made.id))!.applications.map((x) => ({ id: x.id, version: x.version }));
    await bulkUpdate(db().prisma, staff.reviewer(), {
      roundId: made.id,
      items: await items(),
      to: "in_review",
      note: "开始",
    });
    // The reviewer accepts the weak one's revenue (合并报表): its checklist no longer asks about it.
    expect(
      await overrideCriterion(db().prisma, staff.reviewer(), {
        id: weak.id,
        tierId: "little-giant",
        criterionId: "lg.revenue",
        outcome: "met",
        reason: "合并报表口径",
      }),
    ).toMatchObject({ kind: "overridden" });
    const done = await bulkUpdate(db().prisma, staff.reviewer(), {
      roundId: made.id,
      items: await items(),
      to: "needs_information",
      note: "请补充近两年审计报告",
    });
    expect(done).toMatchObject({ kind: "done", changed: 2 });
    if (done.kind !== "done") return;
    const requests = await db().prisma.informationRequest.findMany({ where: { id: { in: done.requestIds } } });
    expect(requests).toHaveLength(2);
    const asked = (id: string) =>
      (requests.find((r) => r.assessmentId === id)!.items as { criterion: string }[]).map((i) => i.criterion);
    expect(requests.every((r) => r.note === "请补充近两年审计报告")).toBe(true);
    expect(asked(weak.id)).not.toContain("lg.revenue");
    expect(asked(weak.id)).toContain("lg.growth");
    expect(asked(other.id)).toContain("lg.revenue");
  });
});
