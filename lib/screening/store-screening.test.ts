import { describe, expect, it } from "vitest";
import { baseFacts } from "@/lib/criteria/cases/base";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { deleteScreening } from "./delete-screening";
import { screeningInsightRows } from "./insight-rows";
import { getScreeningRow, listScreenings, screeningPage, screeningRows } from "./read-screenings";
import { parseResultsQuery } from "./results-query";
import { storeScreening } from "./store-screening";
import { csvBytes, templateCsv } from "./testing/files";

const actor = { userId: null, email: "li@office.gov.cn" };
const request = { locale: "zh-CN" as const, today: "2026-12-02" };
const smaller = {
  ...baseFacts,
  company: { ...baseFacts.company, name: "示例小公司" },
  finance: { revenue: { y1: 900 } },
};

describe.each(testBackends)("stored screenings on $name", (backend) => {
  const db = useTestDatabase(backend);

  it("keep each row's facts and result, list, reopen, feed the insights, and delete with an audit trail", async () => {
    const prisma = db().prisma;
    const bad = new TextDecoder()
      .decode(templateCsv([baseFacts]))
      .split("\r\n")[1]!
      .replace("12000", "一万二");
    const bytes = csvBytes(`${new TextDecoder().decode(templateCsv([baseFacts, smaller]))}${bad}\r\n`);
    const stored = await storeScreening(prisma, actor, {
      ...request,
      fileName: "园区.csv",
      bytes,
      ruleset: "miit-2026",
    });
    expect(stored).toMatchObject({ ok: true, rowCount: 3, evaluated: 2, withIssues: 1 });
    if (!stored.ok) return;

    expect((await listScreenings(prisma)).map((s) => [s.fileName, s.createdBy, s.rulesetId])).toEqual([
      ["园区.csv", actor.email, "miit-2026"],
    ]);
    const row = await getScreeningRow(prisma, stored.id, 2);
    expect(row?.name).toBe("示例小公司");
    // Stored without the "don't know" answers: null and absent are the same to the engine.
    expect(row?.facts).toMatchObject({ finance: { revenue: { y1: 900 } } });
    expect(JSON.stringify(row?.facts)).not.toContain("null");

    const page = await screeningPage(prisma, stored.id, parseResultsQuery({ sort: "closest-little-giant" }));
    expect(page.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    const issues = await screeningPage(prisma, stored.id, parseResultsQuery({ show: "issues" }));
    expect(issues.rows.map((r) => [r.row, r.issues[0]?.path])).toEqual([[3, "finance.revenue.y1"]]);

    const exported = [];
    for await (const r of screeningRows(prisma, stored.id, 2)) exported.push(r.row);
    expect(exported).toEqual([1, 2, 3]);

    const insight = await screeningInsightRows(prisma, stored.id);
    expect(insight).toHaveLength(2);
    expect(insight?.[0]).toEqual({
      tiers: { "innovative-sme": "eligible", "specialized-sme": "undetermined", "little-giant": "eligible" },
      notMet: { "innovative-sme": [], "specialized-sme": [], "little-giant": [] },
      metrics: { rdIntensity: 6, mainShare: 95, debtRatio: 40, revenue: 12000 },
    });
    expect(insight?.[1]?.notMet["little-giant"]).toContain("lg.revenue");

    expect(await deleteScreening(prisma, actor, stored.id)).toBe(true);
    expect(await listScreenings(prisma)).toEqual([]);
    expect(await prisma.screeningRow.count({ where: { screeningId: stored.id } })).toBe(0);
    const audit = await prisma.auditLog.findMany({ where: { targetId: stored.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["screening.create", "screening.delete"]);
    expect(await screeningInsightRows(prisma, stored.id)).toBeNull();
  });

  it("keeps nothing of a file that turns out unreadable midway, and says why", async () => {
    const prisma = db().prisma;
    const bytes = csvBytes("企业名称,上年度营业收入（万元）\n甲,1\n乙,2\n丙,3\n");
    const stored = await storeScreening(prisma, actor, {
      ...request,
      fileName: "多.csv",
      bytes,
      limits: { rows: 2, xlsxBytes: 1e8 },
    });
    expect(stored).toMatchObject({ ok: false, code: "too_many_rows", message: "文件超过 2 行企业：请拆分后分别筛查" });
    expect(await prisma.screening.count()).toBe(0);
  });
});
