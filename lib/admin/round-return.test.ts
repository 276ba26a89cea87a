import { describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { reviewAssessment } from "./review-assessment";
import { addToRound } from "./round-add";
import { createRound, getRound } from "./rounds";
import { returnRound, signOffRound } from "./round-signoff";
import { arrangeAssessment } from "./round-work";
import { useRoundStaff } from "./testing/round-staff";

// A round's list sent back from sign-off to the reviewers, and what a round refuses to take.
describe.each(testBackends)("review rounds returned and refusing on $name", (backend) => {
  const db = useTestDatabase(backend);
  const staff = useRoundStaff(db);
  const { submit } = staff;

  it("returns a list being signed off to open, and refuses what does not fit a round", async () => {
    const a = await submit();
    const made = await createRound(db().prisma, staff.admin(), {
      name: "退回测试",
      rulesetId: a.rulesetId,
      tier: "little-giant",
      deadline: "2027-01-15",
      quota: null,
    });
    if (made.kind !== "created") throw new Error(made.kind);
    expect(
      await createRound(db().prisma, staff.admin(), {
        name: "x",
        rulesetId: "miit-2018",
        tier: "innovative-sme",
        deadline: "2027-01-15",
        quota: null,
      }),
    ).toEqual({ kind: "invalid_tier" });
    // Another rule set cannot join; nor can an application already in another round.
    const other = await createRound(db().prisma, staff.admin(), {
      name: "其他",
      rulesetId: a.rulesetId === "miit-2026" ? "miit-2022" : "miit-2026",
      tier: "little-giant",
      deadline: "2027-01-15",
      quota: null,
    });
    if (other.kind !== "created") throw new Error(other.kind);
    expect(await addToRound(db().prisma, staff.reviewer(), other.id, a.reference)).toMatchObject({
      kind: "refused",
      otherRuleset: [a.reference],
    });
    expect(
      await arrangeAssessment(db().prisma, staff.reviewer(), {
        id: a.id,
        roundId: other.id,
        assigneeId: null,
        city: "",
      }),
    ).toEqual({ kind: "round_unavailable" });
    expect(
      await arrangeAssessment(db().prisma, staff.reviewer(), {
        id: a.id,
        roundId: made.id,
        assigneeId: staff.reviewer().userId,
        city: " 泉州 ",
      }),
    ).toEqual({ kind: "changed" });
    expect(
      await arrangeAssessment(db().prisma, staff.reviewer(), {
        id: a.id,
        roundId: made.id,
        assigneeId: null,
        city: "x".repeat(31),
      }),
    ).toEqual({ kind: "city_invalid" });
    const row = await db().prisma.assessment.findUniqueOrThrow({ where: { id: a.id } });
    expect([row.roundId, row.assigneeId, row.city]).toEqual([made.id, staff.reviewer().userId, "泉州"]);

    let round = (await getRound(db().prisma, made.id))!;
    const x = round.applications[0]!;
    await reviewAssessment(db().prisma, staff.reviewer(), {
      id: x.id,
      to: "in_review",
      note: "看",
      version: x.version,
    });
    const y = (await getRound(db().prisma, made.id))!.applications[0]!;
    await reviewAssessment(db().prisma, staff.reviewer(), {
      id: y.id,
      to: "recommended",
      note: "好",
      version: y.version,
    });
    round = (await getRound(db().prisma, made.id))!;
    expect(
      await signOffRound(db().prisma, staff.reviewer(), { id: made.id, version: round.version, note: "初审" }),
    ).toEqual({
      kind: "signed",
      stage: "first_review",
    });
    round = (await getRound(db().prisma, made.id))!;
    expect(await returnRound(db().prisma, staff.admin(), { id: made.id, version: round.version, note: "" })).toEqual({
      kind: "note_required",
    });
    expect(
      await returnRound(db().prisma, staff.admin(), { id: made.id, version: round.version, note: "材料需补" }),
    ).toEqual({
      kind: "returned",
    });
    const z = (await getRound(db().prisma, made.id))!.applications[0]!;
    expect(
      await reviewAssessment(db().prisma, staff.reviewer(), {
        id: z.id,
        to: "in_review",
        note: "再看",
        version: z.version,
      }),
    ).toMatchObject({ kind: "changed" });
  });
});
