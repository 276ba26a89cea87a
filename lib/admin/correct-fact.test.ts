import { beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { testReviewer } from "@/lib/admin/testing/reviewer";
import { getAt, setAt, type Answers } from "@/lib/questionnaire/answers";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { correctFact, type CorrectInput } from "./correct-fact";
import { getAssessmentDetail } from "./get-assessment";
import { overrideCriterion } from "./override-criterion";
import { reviewAssessment } from "./review-assessment";
import { submittedAssessment } from "./testing/submitted";

/** R&D spending typed a tenth of what the accounts say: the Little Giant tier not met. */
const typo = setAt(setAt(completeAnswers, "finance.rdExpense.y1", 72), "finance.rdExpense.y2", 61);

describe.each(testBackends)("correcting a submitted figure on $name", (backend) => {
  const db = useTestDatabase(backend);
  let actor: { userId: string; email: string };
  let n = 0;

  beforeAll(async () => {
    actor = await testReviewer(db().prisma, "sun@office.gov.cn");
  });

  async function inReview(answers: Answers = typo) {
    const row = await db().prisma.assessment.create({
      data: submittedAssessment({ reference: `ZJ-CF${String(++n).padStart(4, "0")}`, answers }),
    });
    await reviewAssessment(db().prisma, actor, { id: row.id, to: "in_review", note: "开始审核", version: 14 });
    return row.id;
  }
  const correct = (id: string, input: Partial<CorrectInput>, locale: "zh-CN" | "en" = "zh-CN") =>
    correctFact(
      db().prisma,
      actor,
      { id, path: "finance.rdExpense.y1", value: "", unknown: false, reason: "以审计报告为准", ...input },
      locale,
    );

  it("re-evaluates every tier from the corrected figures; the submitted answers and evaluation stay", async () => {
    const id = await inReview();
    const before = await db().prisma.assessment.findUniqueOrThrow({ where: { id } });
    expect(before.verdictLittleGiant).toBe("not_eligible");

    expect(await correct(id, { value: "720" })).toEqual({ kind: "corrected", verdicts: [] });
    expect(await correct(id, { path: "finance.rdExpense.y2", value: "610 万元" })).toEqual({
      kind: "corrected",
      verdicts: [
        { tier: "specialized-sme", before: "not_eligible", after: "undetermined" },
        { tier: "little-giant", before: "not_eligible", after: "eligible" },
      ],
    });
    const after = await db().prisma.assessment.findUniqueOrThrow({ where: { id } });
    expect(after.answers).toEqual(before.answers);
    expect(after.evaluation).toEqual(before.evaluation);
    expect(getAt(after.correctedAnswers as Answers, "finance.rdExpense.y1")).toBe(720);
    expect(getAt(after.correctedAnswers as Answers, "finance.rdExpense.y2")).toBe(610);
    expect(after.verdictLittleGiant).toBe("eligible");
    expect(after.unmetLittleGiant).toEqual([]);
    expect(after.rdIntensity).toBeGreaterThan(before.rdIntensity!);

    const audit = await db().prisma.auditLog.findMany({
      where: { targetId: id, action: "assessment.correct" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [
        { path: "finance.rdExpense.y1", value: 72, verdicts: expect.any(Object) },
        { path: "finance.rdExpense.y1", value: 720, reason: "以审计报告为准", verdicts: expect.any(Object) },
      ],
      [
        expect.objectContaining({ path: "finance.rdExpense.y2", value: 61 }),
        expect.objectContaining({ value: 610, verdicts: expect.objectContaining({ "little-giant": "eligible" }) }),
      ],
    ]);

    // The reviewer's page: the verdict from the corrected figures, the submitted one beside it.
    const detail = (await getAssessmentDetail(db().prisma, id))!;
    const lg = detail.tiers.find((t) => t.id === "little-giant")!;
    expect([lg.verdict, lg.originalVerdict]).toEqual(["eligible", "not_eligible"]);
    expect(detail.correctionDiff!.verdicts).toContainEqual({
      tier: "little-giant",
      left: "not_eligible",
      right: "eligible",
    });
    expect(detail.corrections.map((c) => [c.path, c.submitted, c.value, c.inForce])).toEqual([
      ["finance.rdExpense.y1", 72, 720, true],
      ["finance.rdExpense.y2", 61, 610, true],
    ]);

    // An override applies on top of the corrected evaluation.
    const override = await overrideCriterion(db().prisma, actor, {
      id,
      tierId: "little-giant",
      criterionId: "lg.rd-intensity",
      outcome: "not_met",
      reason: "研发费用归集不规范",
    });
    expect(override).toEqual({ kind: "overridden", verdict: "not_eligible" });
    // Corrected back to what was submitted: no correction in force, the submitted figures again.
    await correct(id, { value: "72", reason: "撤回" });
    await correct(id, { path: "finance.rdExpense.y2", value: "61", reason: "撤回" });
    const back = await db().prisma.assessment.findUniqueOrThrow({ where: { id } });
    expect(back.correctedAnswers).toBeNull();
    expect(back.correctedEvaluation).toBeNull();
    expect(back.rdIntensity).toBe(before.rdIntensity);
  });

  it("refuses what is not a figure, not valid, the same, or not in review, with the reader's words", async () => {
    const id = await inReview();
    expect(await correct(id, { value: "720", reason: " " })).toEqual({ kind: "reason_required" });
    expect(await correct(id, { value: "720", reason: "x\u0000" })).toEqual({ kind: "reason_unstorable" });
    expect(await correct(id, { path: "company.name", value: "另一家" })).toEqual({ kind: "invalid_path" });
    expect(await correct(id, { path: "finance.revenu.y1", value: "1" })).toEqual({ kind: "invalid_path" });
    expect(await correct(id, { value: "七百" })).toEqual({ kind: "invalid_value", message: "请输入数字" });
    expect(await correct(id, { value: "-5" }, "en")).toMatchObject({
      kind: "invalid_value",
      message: "Enter an amount of 0 or more (in 万元)",
    });
    // Together with the other answers: main-business revenue above revenue is refused.
    expect(await correct(id, { path: "finance.mainRevenue.y1", value: "999999" })).toMatchObject({
      kind: "invalid_value",
      message: expect.stringContaining("主营业务收入"),
    });
    expect(await correct(id, { value: "72" })).toEqual({ kind: "unchanged" });
    expect(await db().prisma.factCorrection.count({ where: { assessmentId: id } })).toBe(0);

    const submitted = (
      await db().prisma.assessment.create({ data: submittedAssessment({ reference: "ZJ-CFSUB1", answers: typo }) })
    ).id;
    expect(await correct(submitted, { value: "720" })).toEqual({ kind: "not_in_review" });
  });
});
