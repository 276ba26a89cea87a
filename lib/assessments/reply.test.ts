import { beforeAll, describe, expect, it } from "vitest";
import { getAssessmentDetail } from "@/lib/admin/get-assessment";
import { requestItems } from "@/lib/admin/information-request";
import { reviewAssessment } from "@/lib/admin/review-assessment";
import { submittedAssessment } from "@/lib/admin/testing/submitted";
import { storedEvaluation } from "@/lib/criteria";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { testReviewer } from "@/lib/admin/testing/reviewer";
import { getAt, pickPaths, setAt, type Answers } from "@/lib/questionnaire/answers";
import { findStep } from "@/lib/questionnaire/steps";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { contactOf, parseContact } from "./contact";
import { findHeldAssessment } from "./find-held";
import { latestRequest, mergedReplyCase, replyDraftOf, startReply } from "./reply";
import { saveStep } from "./save-step";
import { submitAssessment } from "./submit-assessment";

/** A firm whose R&D spending and IP were typed too low: two tiers not met. */
const weak = Object.entries({ "finance.rdExpense.y1": 300, "finance.rdExpense.y2": 200, "ip.classOne": 1 }).reduce(
  (a, [path, value]) => setAt(a, path, value),
  completeAnswers as Answers,
);
const stepValues = (step: string) =>
  pickPaths(
    completeAnswers,
    findStep(step)!.fields.map((f) => f.path),
  );
const TODAY = "2026-12-03";

describe.each(testBackends)("a request for more information and the company's reply on $name", (backend) => {
  const db = useTestDatabase(backend);
  let reviewer: { userId: string; email: string };
  let n = 0;

  beforeAll(async () => {
    reviewer = await testReviewer(db().prisma, "wang@office.gov.cn");
  });

  /** A submitted case with a contact, moved to "needs information"; its token and request id. */
  async function askedCase() {
    const token = `reply-test-token-${++n}`.padEnd(43, "x");
    const row = await db().prisma.assessment.create({
      data: {
        ...submittedAssessment({ reference: `ZJ-RP${String(n).padStart(4, "0")}`, answers: weak, token }),
        contact: { name: "陈会计", phone: "0571-88886666", email: "chen@firm.cn" },
      },
    });
    const review = (to: "in_review" | "needs_information", version: number, note: string) =>
      reviewAssessment(db().prisma, reviewer, { id: row.id, to, note, version });
    await review("in_review", 14, "开始审核");
    const asked = await review("needs_information", 15, "请核对研发费用和知识产权数量，并附审计报告。");
    if (asked.kind !== "changed" || !asked.requestId) throw new Error(asked.kind);
    const held = (await findHeldAssessment(db().prisma, row.id, token))!;
    return { id: row.id, token, held, requestId: asked.requestId };
  }

  it("stores the note and the criteria not met, unknown or to judge, which the company then sees", async () => {
    const { id, requestId } = await askedCase();
    const row = await db().prisma.informationRequest.findUniqueOrThrow({ where: { id: requestId } });
    const stored = storedEvaluation(
      (await db().prisma.assessment.findUniqueOrThrow({ where: { id } })).evaluation,
      null,
    )!;
    expect(row.note).toBe("请核对研发费用和知识产权数量，并附审计报告。");
    expect(row.items).toEqual(requestItems(stored.tiers));
    expect(row.items).toEqual(
      expect.arrayContaining([
        { criterion: "ssme.rd", tiers: ["specialized-sme"], outcome: "not_met" },
        { criterion: "ssme.market-share", tiers: ["specialized-sme"], outcome: "manual" },
        { criterion: "lg.rd-intensity", tiers: ["little-giant"], outcome: "not_met" },
        { criterion: "lg.ip", tiers: ["little-giant"], outcome: "not_met" },
      ]),
    );
    expect(row.mailStatus).toBe("not_configured");
    expect(await latestRequest(db().prisma, id)).toMatchObject({ id: requestId, answeredAt: null });
  });

  it("takes the reply through a linked copy into the same case: answers replaced, the old kept, back in review", async () => {
    const { id, token, held, requestId } = await askedCase();
    const before = await db().prisma.assessment.findUniqueOrThrow({ where: { id } });

    const started = await startReply(db().prisma, held);
    if (started.kind !== "started") throw new Error(started.kind);
    let draft = (await findHeldAssessment(db().prisma, started.draft.id, started.draft.token))!;
    expect(draft).toMatchObject({ status: "draft", replyToId: id, copiedFromId: id, rulesetId: before.rulesetId });
    expect(draft.answers).toEqual(before.answers);
    expect(contactOf(draft.contact)).toEqual({ name: "陈会计", phone: "0571-88886666", email: "chen@firm.cn" });
    // Started again (another device): the same draft, under a new token; the old one no longer opens it.
    const again = await startReply(db().prisma, held);
    if (again.kind !== "started") throw new Error(again.kind);
    expect(again.draft.id).toBe(started.draft.id);
    expect(await findHeldAssessment(db().prisma, started.draft.id, started.draft.token)).toBeNull();
    expect(await replyDraftOf(db().prisma, id)).toMatchObject({ id: started.draft.id });
    draft = (await findHeldAssessment(db().prisma, again.draft.id, again.draft.token))!;

    // The company corrects its R&D spending and IP.
    for (const step of ["finance", "ip"]) {
      const saved = await saveStep(db(), draft, {
        step,
        values: stepValues(step),
        version: draft.version,
        mode: "complete",
      });
      expect(saved.kind).toBe("saved");
      draft = (await findHeldAssessment(db().prisma, draft.id, again.draft.token))!;
    }
    const contact = parseContact((k) => ({ name: "陈会计", phone: "13800138000", email: "" })[k]).stored;
    const result = await submitAssessment(db().prisma, draft, {
      version: draft.version,
      today: TODAY,
      contact,
      replyNote: "已按审计报告更正研发费用和Ⅰ类知识产权数量。",
    });
    expect(result).toEqual({ kind: "replied", caseId: id });

    const after = await db().prisma.assessment.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({
      status: "in_review",
      version: before.version + 1,
      rulesetId: before.rulesetId,
      submittedAt: before.submittedAt,
      verdictLittleGiant: "eligible",
      contact: { name: "陈会计", phone: "13800138000" },
    });
    expect(before.verdictLittleGiant).toBe("not_eligible");
    expect(getAt(after.answers as Answers, "finance.rdExpense.y1")).toBe(720);
    // The submitted answers and evaluation stay as they were, as revision 1.
    const revisions = await db().prisma.assessmentRevision.findMany({ where: { assessmentId: id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ number: 1, answers: before.answers, evaluation: before.evaluation });
    // The draft is gone (a page of it opened again leads to the case); the request is answered
    // with the company's note.
    expect(await db().prisma.assessment.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await mergedReplyCase(db().prisma, draft.id)).toBe(id);
    expect(await mergedReplyCase(db().prisma, id)).toBeNull();
    expect(await db().prisma.informationRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      replyNote: "已按审计报告更正研发费用和Ⅰ类知识产权数量。",
      revisionNumber: 1,
      answeredAt: expect.any(Date),
    });
    const events = await db().prisma.reviewEvent.findMany({ where: { assessmentId: id }, orderBy: { id: "asc" } });
    expect(events.at(-1)).toMatchObject({ fromStatus: "needs_information", toStatus: "in_review", actorId: null });
    const audit = await db().prisma.auditLog.findMany({ where: { targetId: id }, orderBy: { id: "asc" } });
    expect(audit.at(-1)).toMatchObject({
      action: "assessment.reply",
      actorId: null,
      actorEmail: "",
      before: { status: "needs_information", verdicts: { "little-giant": "not_eligible" } },
      after: { status: "in_review", revision: 1, verdicts: { "little-giant": "eligible" } },
    });

    // The reviewer sees what the reply changed.
    const detail = (await getAssessmentDetail(db().prisma, id))!;
    expect(detail.requests).toHaveLength(1);
    const changes = detail.requests[0]!.changes!;
    expect(changes.answers).toEqual(
      expect.arrayContaining([
        { path: "finance.rdExpense.y1", before: 300, after: 720 },
        { path: "finance.rdExpense.y2", before: 200, after: 610 },
        { path: "ip.classOne", before: 1, after: 6 },
      ]),
    );
    expect(changes.answers).toHaveLength(3);
    expect(changes.verdicts).toEqual(
      expect.arrayContaining([{ tier: "little-giant", before: "not_eligible", after: "eligible" }]),
    );
    // The company opens its case with the same token as before.
    expect(await findHeldAssessment(db().prisma, id, token)).toMatchObject({ status: "in_review" });
  });

  it("changes nothing when the case no longer waits, or the reply changed in another tab", async () => {
    const { id, held } = await askedCase();
    const started = await startReply(db().prisma, held);
    if (started.kind !== "started") throw new Error(started.kind);
    const draft = (await findHeldAssessment(db().prisma, started.draft.id, started.draft.token))!;

    const stale = await submitAssessment(db().prisma, draft, { version: draft.version - 1, today: TODAY });
    expect(stale).toEqual({ kind: "changed", version: draft.version });

    // The reviewer takes it back into review without waiting: the reply can no longer be sent.
    expect(
      await reviewAssessment(db().prisma, reviewer, { id, to: "in_review", note: "已电话核实", version: 16 }),
    ).toMatchObject({ kind: "changed" });
    const before = await db().prisma.assessment.findUniqueOrThrow({ where: { id } });
    expect(await submitAssessment(db().prisma, draft, { version: draft.version, today: TODAY })).toEqual({
      kind: "reply_closed",
    });
    expect(await db().prisma.assessment.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db().prisma.assessment.findUnique({ where: { id: draft.id } })).toMatchObject({ status: "draft" });
    expect(await db().prisma.assessmentRevision.count({ where: { assessmentId: id } })).toBe(0);
    expect(await startReply(db().prisma, { ...held, status: "in_review" })).toEqual({ kind: "closed" });
  });
});
