import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { parseFilters } from "./assessment-filters";
import { setAt } from "@/lib/questionnaire/answers";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { openExport } from "./export-assessments";
import { listAssessments } from "./list-assessments";
import { day, submittedAssessment } from "./testing/submitted";

// The admin list and its exports given what a client or the past could send them: a forged
// cursor, text no workbook can hold, a query that fails before the first row.

const filters = (params: Record<string, string>) => parseFilters(params).filters;

describe.each(testBackends)("malformed list input and unholdable stored text on $name", (backend) => {
  const db = useTestDatabase(backend);
  // Stored before input refused such text (or written by other means): U+FFFE/U+FFFF and control
  // characters are not XML characters, and one of them made the whole workbook unreadable.
  const badName = "坏\uFFFE名\uFFFF\u0001公司";
  beforeAll(async () => {
    for (let i = 0; i < 3; i++)
      await db().prisma.assessment.create({
        data: submittedAssessment({ reference: `ZJ-M0000${i}`, name: `正常公司${i}`, submittedAt: day(i) }),
      });
    await db().prisma.assessment.update({
      where: { reference: "ZJ-M00001" },
      data: {
        companyName: badName,
        answers: setAt(
          setAt(completeAnswers, "company.name", badName),
          "market.mainProduct",
          "产品\u000B\uFFFF",
        ) as Prisma.InputJsonObject,
      },
    });
  });

  it("reads a forged cursor (a date that is none, a NUL in a name) as the first page, never as a query", async () => {
    const forged = (value: string) =>
      Buffer.from(JSON.stringify([value, "0b7c6f3e-8d6a-4f0e-9a57-3f1b2c4d5e6f"])).toString("base64url");
    const first = await listAssessments(db().prisma, filters({}));
    for (const [sort, value] of [
      ["submitted_desc", "not a date"],
      ["submitted_asc", "0000-01-01T00:00:00.000Z"],
      ["name_asc", "a\u0000"],
      ["revenue_desc", "NaN"],
      ["rd_asc", "12,000"],
    ] as const) {
      const page = await listAssessments(db().prisma, filters({ sort }), {
        after: forged(value),
        before: forged(value),
      });
      expect(page.total).toBe(first.total);
      expect(page.previous).toBeUndefined();
    }
  });

  it("writes an XLSX that is valid XML whatever the stored text holds, U+FFFD in place of each bad character", async () => {
    const buffer = Buffer.from(
      await new Response(await openExport(db().prisma, filters({}), "xlsx", "en")).arrayBuffer(),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(buffer));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    const names = [2, 3, 4].map((r) => sheet.getRow(r).getCell(2).value);
    expect(names).toContain("坏\uFFFD名\uFFFD\uFFFD公司");
    const cells = sheet.getRow(names.indexOf("坏\uFFFD名\uFFFD\uFFFD公司") + 2).values as unknown[];
    expect(cells).toContain("产品\uFFFD\uFFFD");
  });

  it("reads the export's first batch before answering, so a failing query is an error, not a cut-off file", async () => {
    const broken = {
      $queryRaw: () => Promise.reject(new Error("connection reset")),
    } as unknown as Parameters<typeof openExport>[0];
    await expect(openExport(broken, filters({}), "csv", "zh-CN")).rejects.toThrow("connection reset");
    await expect(openExport(broken, filters({}), "xlsx", "zh-CN")).rejects.toThrow("connection reset");
  });
});
