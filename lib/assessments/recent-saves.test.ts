import { describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { createDraft } from "./create-draft";
import { findHeldAssessment } from "./find-held";
import { recentSave, rememberSave } from "./recent-saves";
import { saveStep } from "./save-step";

// The save path of saveStepAction without the cookie: remembered state first, else a read.
describe.each(testBackends)("saves that start from the remembered draft, on $name", (backend) => {
  const database = useTestDatabase(backend);

  async function save(id: string, token: string, version: number, year: number) {
    const db = database().prisma;
    const remembered = recentSave(id, version, token);
    const held = remembered ?? (await findHeldAssessment(db, id, token));
    const result = await saveStep(
      database(),
      held!,
      { step: "about", values: { assessmentYear: year, review: false }, version, mode: "partial" },
      (now) => rememberSave(now, token),
    );
    return { result, fromMemory: remembered !== null };
  }

  it("saves one after another on the remembered draft, with what the database holds", async () => {
    const db = database().prisma;
    const draft = await createDraft(db, { rulesetId: "miit-2026" });
    const first = await save(draft.id, draft.token, 1, 2025);
    expect(first.result).toMatchObject({ kind: "saved", version: 2 });
    expect(recentSave(draft.id, 2, draft.token)).not.toBeNull();
    const second = await save(draft.id, draft.token, 2, 2026);
    expect(second.result).toMatchObject({ kind: "saved", version: 3 });
    expect([first.fromMemory, second.fromMemory]).toEqual([false, true]);
    const stored = await findHeldAssessment(db, draft.id, draft.token);
    expect(stored?.version).toBe(3);
    expect(stored?.answers).toEqual(recentSave(draft.id, 3, draft.token)?.answers);
    expect(stored?.answers).toMatchObject({ assessmentYear: 2026 });
  });

  it("never accepts another token, nor another version", async () => {
    const db = database().prisma;
    const draft = await createDraft(db, { rulesetId: "miit-2026" });
    await save(draft.id, draft.token, 1, 2025);
    expect(recentSave(draft.id, 2, `${draft.token}x`)).toBeNull();
    expect(recentSave(draft.id, 2, undefined)).toBeNull();
    expect(recentSave(draft.id, 1, draft.token)).toBeNull();
  });

  it("a write elsewhere (another server, a tab) makes the remembered version a conflict, not a lost update", async () => {
    const db = database().prisma;
    const draft = await createDraft(db, { rulesetId: "miit-2026" });
    await save(draft.id, draft.token, 1, 2025);
    // Another server saves version 2 from its own read; this one still remembers version 2.
    const elsewhere = await findHeldAssessment(db, draft.id, draft.token);
    await saveStep(database(), elsewhere!, {
      step: "about",
      values: { assessmentYear: 2024, review: false },
      version: 2,
      mode: "partial",
    });
    const stale = await save(draft.id, draft.token, 2, 2026);
    expect(stale.fromMemory).toBe(true);
    expect(stale.result).toEqual({ kind: "conflict", version: 3 });
    expect((await findHeldAssessment(db, draft.id, draft.token))?.answers).toMatchObject({
      assessmentYear: 2024,
    });
  });

  it("a submitted draft stays read-only even when its last save is remembered", async () => {
    const db = database().prisma;
    const draft = await createDraft(db, { rulesetId: "miit-2026" });
    await save(draft.id, draft.token, 1, 2025);
    await db.assessment.update({ where: { id: draft.id }, data: { status: "submitted" } });
    expect((await save(draft.id, draft.token, 2, 2026)).result).toEqual({ kind: "read_only" });
  });
});
