import { beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { createUser } from "./create-user";
import { listAudit } from "./list-audit";
import { recordAudit } from "./record-audit";
import { submittedAssessment } from "./testing/submitted";

// The audit page shows what an entry was done to as a reader knows it, never a bare id.
describe.each(testBackends)("audit entries' targets on $name", (backend) => {
  const db = useTestDatabase(backend);
  let actor: { userId: string; email: string };

  beforeAll(async () => {
    const user = await createUser(
      db().prisma,
      { userId: null, email: "cli" },
      { email: "wang@office.gov.cn", role: "admin", password: "Audit-Desk-2026" },
    );
    if (user.kind !== "created") throw new Error(user.kind);
    actor = { userId: user.id, email: user.email };
  });

  it("names an assessment by reference and company, a user by e-mail, an import or a screening by file", async () => {
    const prisma = db().prisma;
    const assessment = await prisma.assessment.create({
      data: submittedAssessment({ reference: "ZJ-AUD001", name: "审计测试有限公司" }),
    });
    const imported = await prisma.enterpriseImport.create({
      data: { fileName: "第八批名单.xlsx", rowCount: 3, imported: 3, updated: 0 },
    });
    const kept = await prisma.screening.create({
      data: { fileName: "培育库.xlsx", createdBy: actor.email, rowCount: 2, evaluated: 2, withIssues: 0 },
    });
    const goneId = "0b7a2f7e-7c0e-4c4b-9d7e-2f1d6b0a9c11";
    const entries = [
      { action: "assessment.review", targetType: "assessment", targetId: assessment.id },
      { action: "user.role", targetType: "user", targetId: actor.userId },
      { action: "session.login", targetType: "session", targetId: actor.userId },
      {
        action: "enterprises.import",
        targetType: "import",
        targetId: imported.id,
        after: { fileName: "第八批名单.xlsx" },
      },
      { action: "enterprises.import", targetType: "import", targetId: null, after: { fileName: "坏文件.csv" } },
      { action: "screening.create", targetType: "screening", targetId: kept.id, after: { fileName: "培育库.xlsx" } },
      { action: "screening.delete", targetType: "screening", targetId: goneId, before: { fileName: "旧名单.csv" } },
      { action: "assessments.export", targetType: "export", targetId: null, after: { format: "csv", filters: "" } },
    ] as const;
    for (const e of entries) await recordAudit(prisma, actor, e);

    const page = await listAudit(prisma, "admin", {});
    // (createUser recorded the first entry, its own.)
    expect(page.rows.at(-1)).toMatchObject({ action: "user.create", target: { kind: "user", id: actor.userId } });
    const targets = page.rows
      .slice(0, -1)
      .map((r) => r.target)
      .reverse();
    expect(targets).toEqual([
      { kind: "assessment", id: assessment.id, reference: "ZJ-AUD001", companyName: "审计测试有限公司" },
      { kind: "user", id: actor.userId, email: "wang@office.gov.cn" },
      { kind: "user", id: actor.userId, email: "wang@office.gov.cn" },
      { kind: "import", id: imported.id, fileName: "第八批名单.xlsx" },
      { kind: "import", id: null, fileName: "坏文件.csv" },
      { kind: "screening", id: kept.id, fileName: "培育库.xlsx", exists: true },
      { kind: "screening", id: goneId, fileName: "旧名单.csv", exists: false },
      null,
    ]);

    // The target filter takes what the page shows: a reference, a user's e-mail, or an id.
    const byReference = await listAudit(prisma, "admin", { target: "zj-aud001" });
    expect(byReference.rows.map((r) => r.action)).toEqual(["assessment.review"]);
    const byEmail = await listAudit(prisma, "admin", { target: "WANG@office.gov.cn" });
    expect(byEmail.rows.map((r) => r.action).sort()).toEqual(["session.login", "user.create", "user.role"]);
    expect((await listAudit(prisma, "admin", { target: kept.id })).rows).toHaveLength(1);
    expect((await listAudit(prisma, "admin", { target: "ZJ-NOSUCH" })).rows).toEqual([]);

    // A reviewer sees only the entries about assessments and exports, with the same targets.
    const reviewer = await listAudit(prisma, "reviewer", {});
    expect(reviewer.rows.map((r) => r.target?.kind ?? null)).toEqual([null, "assessment"]);
  });
});
