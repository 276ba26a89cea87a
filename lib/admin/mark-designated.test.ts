import { beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { batchYearMessage } from "@/lib/enterprises/import/messages";
import { createUser } from "./create-user";
import { markDesignated } from "./mark-designated";
import { submittedAssessment } from "./testing/submitted";

describe.each(testBackends)("markDesignated's batch and year on $name (the imports' check)", (backend) => {
  const db = useTestDatabase(backend);
  let actor: { userId: string; email: string };
  let id: string;

  beforeAll(async () => {
    const user = await createUser(
      db().prisma,
      { userId: null, email: "cli" },
      { email: "wang@office.gov.cn", role: "reviewer", password: "Review-Desk-2026" },
    );
    if (user.kind !== "created") throw new Error(user.kind);
    actor = { userId: user.id, email: user.email };
    id = (
      await db().prisma.assessment.create({
        data: submittedAssessment({ reference: "ZJ-D00001", status: "recommended" }),
      })
    ).id;
    expect(await markDesignated(db().prisma, actor, { id, designation: { batch: "7", year: "2025" } })).toEqual({
      kind: "saved",
    });
  });

  it.each([
    [{ batch: "50", year: "2023" }, "批次“50”无效：应为 1 至 8 的整数"],
    [{ batch: "99", year: "2023" }, "批次“99”无效：应为 1 至 8 的整数"],
    [{ batch: "8", year: "2030" }, "年份“2030”无效：应为 2019 至 2026 年"],
    // Both "1e1" used to read as blank, and so cleared the mark.
    [{ batch: "1e1", year: "1e1" }, "批次“1e1”无效：应为 1 至 8 的整数"],
    [{ batch: "1e1", year: "2026" }, "批次“1e1”无效：应为 1 至 8 的整数"],
    [{ batch: "5", year: "2024" }, "年份“2024”与批次不符：第 5 批是 2023 年"],
    [{ batch: "5", year: "" }, "批次和年份须同时填写（两项都留空则取消认定标记）"],
  ])("refuses %j, says why, and keeps the mark", async (designation, message) => {
    const result = await markDesignated(db().prisma, actor, { id, designation });
    expect(result.kind).toBe("invalid");
    if (result.kind === "invalid") expect(batchYearMessage(result.problem, "zh-CN")).toBe(message);
    expect(await db().prisma.assessment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      designatedBatch: 7,
      designatedYear: 2025,
    });
  });

  it("designates only what the office recommended, and clears a mark from any status", async () => {
    for (const status of ["submitted", "in_review", "needs_information", "not_recommended"] as const) {
      const other = (
        await db().prisma.assessment.create({
          data: submittedAssessment({ reference: `ZJ-D${status.length}${status.slice(0, 4).toUpperCase()}`, status }),
        })
      ).id;
      expect(
        await markDesignated(db().prisma, actor, { id: other, designation: { batch: "8", year: "2026" } }),
      ).toEqual({
        kind: "not_recommended",
      });
      expect(await db().prisma.assessment.findUniqueOrThrow({ where: { id: other } })).toMatchObject({
        designatedBatch: null,
      });
      expect(await markDesignated(db().prisma, actor, { id: other, designation: null })).toEqual({ kind: "saved" });
    }
  });

  it("clears the mark only when both are blank", async () => {
    expect(await markDesignated(db().prisma, actor, { id, designation: { batch: " ", year: "" } })).toEqual({
      kind: "saved",
    });
    expect(await db().prisma.assessment.findUniqueOrThrow({ where: { id } })).toMatchObject({ designatedBatch: null });
  });
});
