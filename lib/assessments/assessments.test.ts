import { describe, expect, it } from "vitest";
import { parseFacts } from "@/lib/criteria";
import { getAt, pickPaths, setAt } from "@/lib/questionnaire/answers";
import { findStep, steps } from "@/lib/questionnaire/steps";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { copyAssessment } from "./copy-assessment";
import { createDraft } from "./create-draft";
import { findByToken, findHeldAssessment } from "./find-held";
import { saveStep } from "./save-step";
import { submitAssessment } from "./submit-assessment";

const valuesOf = (stepId: string, answers = completeAnswers) =>
  pickPaths(
    answers,
    findStep(stepId)!.fields.map((f) => f.path),
  );

describe.each(testBackends)("assessments on $name", (backend) => {
  const db = useTestDatabase(backend);

  const held = async (id: string, token: string) => (await findHeldAssessment(db().prisma, id, token))!;

  it("opens a draft only with its resume token, stored as a hash", async () => {
    const draft = await createDraft(db().prisma, { rulesetId: "miit-2026" });
    expect(draft.reference).toMatch(/^ZJ-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(draft.token).toHaveLength(43);
    const row = await db().prisma.assessment.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.tokenHash).not.toContain(draft.token);
    expect(await findHeldAssessment(db().prisma, draft.id, draft.token)).toMatchObject({
      id: draft.id,
      status: "draft",
      version: 1,
    });
    expect(await findHeldAssessment(db().prisma, draft.id, "x".repeat(43))).toBeNull();
    expect(await findHeldAssessment(db().prisma, "not-a-uuid", draft.token)).toBeNull();
    expect(await findByToken(db().prisma, draft.token)).toMatchObject({ id: draft.id });
  });

  it("starts one draft for one start key, however often it is sent", async () => {
    const key = "k".repeat(43);
    const first = await createDraft(db().prisma, { rulesetId: "miit-2026", token: key });
    const again = await createDraft(db().prisma, { rulesetId: "miit-2026", token: key });
    expect(again).toEqual(first);
    expect(first.token).toBe(key);
    const other = await createDraft(db().prisma, { rulesetId: "miit-2026", token: "not a token" });
    expect(other.id).not.toBe(first.id);
    expect(other.token).toHaveLength(43);
  });

  it("saves valid steps; of an invalid one, saves the valid answers and keeps the typed text apart; detects a stale version", async () => {
    const draft = await createDraft(db().prisma, { rulesetId: "miit-2026" });
    const a = await held(draft.id, draft.token);
    expect(
      await saveStep(db(), a, { step: "about", values: valuesOf("about"), version: 1, mode: "complete" }),
    ).toMatchObject({
      kind: "saved",
      version: 2,
      next: "company",
    });

    const stale = a; // a second tab still on version 1
    const bad = setAt(valuesOf("company"), "company.uscc", "123");
    const b = await held(draft.id, draft.token);
    expect(await saveStep(db(), b, { step: "company", values: bad, version: 2, mode: "complete" })).toEqual({
      kind: "invalid",
      issues: [{ path: "company.uscc", code: "uscc_format" }],
      saved: { version: 3, savedAt: expect.any(String) },
    });
    const afterBad = await held(draft.id, draft.token);
    // The other answers of the page are saved; "123" is kept as typed, and is no answer.
    expect(afterBad.answers).toEqual({
      ...valuesOf("about"),
      company: { ...(valuesOf("company").company as object), uscc: undefined },
    });
    expect(Object.keys(afterBad.answers.company as object)).not.toContain("uscc");
    expect(getAt(afterBad.answers, "company.uscc")).toBeUndefined();
    expect(afterBad.pending).toEqual({ "company.uscc": "123" });
    // Typed text PostgreSQL could not hold (NUL, half a surrogate pair) is kept without it, not a 500.
    const odd = setAt(valuesOf("company"), "company.uscc", "12\u00003\ud800");
    const b2 = await held(draft.id, draft.token);
    expect(await saveStep(db(), b2, { step: "company", values: odd, version: 3, mode: "partial" })).toMatchObject({
      kind: "invalid",
      saved: { version: 4 },
    });
    expect((await held(draft.id, draft.token)).pending).toEqual({ "company.uscc": "123" });
    expect(parseFacts(afterBad.answers, "zh-CN").ok).toBe(true);

    expect(
      await saveStep(db(), stale, { step: "company", values: valuesOf("company"), version: 1, mode: "partial" }),
    ).toEqual({
      kind: "conflict",
      version: 4,
    });
    const c0 = await held(draft.id, draft.token);
    expect(
      await saveStep(db(), c0, { step: "company", values: valuesOf("company"), version: 4, mode: "partial" }),
    ).toMatchObject({ kind: "saved", version: 5 });
    // The corrected text replaces the kept one.
    expect((await held(draft.id, draft.token)).pending).toEqual({});
    // A key that names nothing is a crafted request: nothing at all is saved.
    const crafted = { ...valuesOf("company"), company: { ...(valuesOf("company").company as object), nmae: "x" } };
    const c1 = await held(draft.id, draft.token);
    expect(await saveStep(db(), c1, { step: "company", values: crafted, version: 5, mode: "partial" })).toEqual({
      kind: "invalid",
      issues: [{ path: "company.nmae", code: "unknown_field" }],
    });
    expect((await held(draft.id, draft.token)).version).toBe(5);
    // Same version from two writers at once: exactly one lands.
    const c = await held(draft.id, draft.token);
    const race = await Promise.all([
      saveStep(db(), c, { step: "company", values: valuesOf("company"), version: 5, mode: "complete" }),
      saveStep(db(), c, {
        step: "company",
        values: setAt(valuesOf("company"), "company.name", "别的名字"),
        version: 5,
        mode: "complete",
      }),
    ]);
    expect(race.map((r) => r.kind).sort()).toEqual(["conflict", "saved"]);
  });

  it("keeps a saved answer while its new text is invalid, lists it, and refuses to submit until corrected", async () => {
    const draft = await createDraft(db().prisma, { rulesetId: "miit-2026" });
    let version = 1;
    for (const step of steps) {
      const h = await held(draft.id, draft.token);
      const r = await saveStep(db(), h, { step: step.id, values: valuesOf(step.id), version, mode: "complete" });
      if (r.kind !== "saved") throw new Error(`${step.id}: ${JSON.stringify(r)}`);
      version = r.version;
    }
    const typo = setAt(valuesOf("finance"), "finance.revenue.y1", "2,5OO");
    const r = await saveStep(db(), await held(draft.id, draft.token), {
      step: "finance",
      values: typo,
      version,
      mode: "complete",
    });
    expect(r).toMatchObject({
      kind: "invalid",
      issues: expect.arrayContaining([{ path: "finance.revenue.y1", code: "expected_number" }]),
    });
    const h = await held(draft.id, draft.token);
    expect(getAt(h.answers, "finance.revenue.y1")).toBe(getAt(completeAnswers, "finance.revenue.y1"));
    expect(h.pending).toEqual({ "finance.revenue.y1": "2,5OO" });
    const submitted = await submitAssessment(db().prisma, h, { version: h.version, today: "2026-11-21" });
    expect(submitted).toEqual({ kind: "incomplete", step: "finance" });
  });

  it("submits once, freezing the answers with the rule set and the evaluation; then it is read-only", async () => {
    const draft = await createDraft(db().prisma, { rulesetId: "miit-2026" });
    let version = 1;
    for (const step of steps) {
      const result = await saveStep(db(), await held(draft.id, draft.token), {
        step: step.id,
        values: valuesOf(step.id),
        version,
        mode: "complete",
      });
      expect(result.kind).toBe("saved");
      version++;
    }
    const h = await held(draft.id, draft.token);
    expect(h.answers).toEqual(completeAnswers);
    expect(await submitAssessment(db().prisma, h, { version: version - 1, today: "2026-11-21" })).toEqual({
      kind: "changed",
      version,
    });

    const results = await Promise.all(
      [1, 2, 3].map(() => submitAssessment(db().prisma, h, { version, today: "2026-11-21" })),
    );
    expect(results.filter((r) => r.kind === "submitted")).toHaveLength(1);
    expect(results.filter((r) => r.kind === "already_submitted")).toHaveLength(2);

    const frozen = await held(draft.id, draft.token);
    expect(frozen).toMatchObject({ status: "submitted", rulesetId: "miit-2026", version: version + 1 });
    expect(frozen.submittedAt).toBeInstanceOf(Date);
    expect(frozen.evaluation).toMatchObject({
      ruleset: { id: "miit-2026" },
      tiers: [{ id: "innovative-sme" }, { id: "specialized-sme" }, { id: "little-giant" }],
    });
    // The admin list's columns are filled from the answers and the evaluation.
    const columns = await db().prisma.assessment.findUniqueOrThrow({ where: { id: draft.id } });
    const verdicts = (frozen.evaluation as { tiers: { id: string; verdict: string }[] }).tiers.map((t) => t.verdict);
    expect(columns).toMatchObject({
      companyName: "示例精密机械有限公司",
      uscc: "91350100M000100Y43",
      province: "35",
      industryCode: "C3484",
    });
    expect([columns.verdictInnovativeSme, columns.verdictSpecializedSme, columns.verdictLittleGiant]).toEqual(verdicts);
    expect(await submitAssessment(db().prisma, frozen, { version: frozen.version, today: "2026-11-21" })).toEqual({
      kind: "already_submitted",
    });
    expect(
      await saveStep(db(), frozen, {
        step: "about",
        values: valuesOf("about"),
        version: frozen.version,
        mode: "complete",
      }),
    ).toEqual({ kind: "read_only" });

    const copy = await copyAssessment(db().prisma, frozen, "miit-2026");
    expect(await held(copy.id, copy.token)).toMatchObject({ status: "draft", version: 1, answers: completeAnswers });
    expect(copy.reference).not.toBe(frozen.reference);
  });

  it("will not submit an incomplete draft", async () => {
    const draft = await createDraft(db().prisma, {
      rulesetId: "miit-2026",
      answers: { assessmentYear: 2026, review: false },
    });
    expect(
      await submitAssessment(db().prisma, await held(draft.id, draft.token), { version: 1, today: "2026-11-21" }),
    ).toEqual({ kind: "incomplete", step: "company" });
  });
});
