import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { FIGURE_SORTS, figureOf, isFigureSort, parseFilters, SORTS } from "./assessment-filters";
import type { ListRow } from "./assessment-query";
import { exportAssessments } from "./export-assessments";
import { listAssessments } from "./list-assessments";
import { day, submittedAssessment } from "./testing/submitted";

const filters = (params: Record<string, string>) => parseFilters(params).filters;

describe.each(testBackends)("admin list and export on $name", (backend) => {
  const db = useTestDatabase(backend);
  beforeAll(async () => {
    // 25 submissions, one a day: names 公司01..25, provinces alternating 35/44, every fifth in review.
    const rows = Array.from({ length: 25 }, (_, i) =>
      submittedAssessment({
        reference: `ZJ-L${String(i + 1).padStart(5, "0")}`,
        name: i === 24 ? "=cmd|' /C calc'!A0 有限公司" : `测试公司${String(i + 1).padStart(2, "0")}`,
        province: i % 2 ? "44" : "35",
        industryCode: i < 10 ? "C3484" : "I6513",
        revenue: i < 5 ? 3000 : 12000,
        status: i % 5 === 0 ? "in_review" : "submitted",
        submittedAt: day(i),
      }),
    );
    for (const data of rows) await db().prisma.assessment.create({ data });
    await db().prisma.assessment.create({
      data: {
        reference: "ZJ-DRAFT0",
        tokenHash: "e".repeat(64),
        rulesetId: "miit-2026",
        answers: { company: { name: "测试公司草稿" } },
      },
    });
  });

  const refs = (rows: { reference: string }[]) => rows.map((r) => r.reference.slice(-2));

  it("lists submitted assessments newest first, never drafts, by keyset pages both ways", async () => {
    const first = await listAssessments(db().prisma, filters({}), { size: 10 });
    expect(first.total).toBe(25);
    expect(refs(first.rows)).toEqual(["25", "24", "23", "22", "21", "20", "19", "18", "17", "16"]);
    expect(first.previous).toBeUndefined();
    const second = await listAssessments(db().prisma, filters({}), { size: 10, after: first.next });
    expect(refs(second.rows)).toEqual(["15", "14", "13", "12", "11", "10", "09", "08", "07", "06"]);
    const third = await listAssessments(db().prisma, filters({}), { size: 10, after: second.next });
    expect(refs(third.rows)).toEqual(["05", "04", "03", "02", "01"]);
    expect(third.next).toBeUndefined();
    const back = await listAssessments(db().prisma, filters({}), { size: 10, before: third.previous });
    expect(refs(back.rows)).toEqual(refs(second.rows));
    const start = await listAssessments(db().prisma, filters({}), { size: 10, before: back.previous });
    expect(refs(start.rows)).toEqual(refs(first.rows));
    expect(start.previous).toBeUndefined();
  });

  it("filters by status, verdict, province, industry prefix, rule set and dates in China time", async () => {
    const count = async (params: Record<string, string>) => (await listAssessments(db().prisma, filters(params))).total;
    expect(await count({ status: "in_review" })).toBe(5);
    expect(await count({ littleGiant: "not_eligible" })).toBe(5);
    expect(await count({ littleGiant: "eligible", province: "35" })).toBe(10);
    expect(await count({ industry: "C34" })).toBe(10);
    expect(await count({ industry: "I" })).toBe(15);
    expect(await count({ ruleset: "miit-2026" })).toBe(25);
    expect(await count({ ruleset: "miit-2022" })).toBe(0);
    // Every rule set of the catalogue is a filter, the historical ones included; an unknown one is ignored.
    expect(await count({ ruleset: "miit-2020" })).toBe(0);
    expect(filters({ ruleset: "miit-2020" }).ruleset).toBe("miit-2020");
    expect(filters({ ruleset: "miit-2030" }).ruleset).toBeUndefined();
    expect(await count({ from: "2026-10-03", to: "2026-10-05" })).toBe(3);
    expect(await count({ status: "in_review", province: "35", industry: "C" })).toBe(1);
  });

  it("searches by name, reference or USCC prefix, treating % and _ as text", async () => {
    const search = async (q: string) => refs((await listAssessments(db().prisma, filters({ q }))).rows);
    expect(await search("公司07")).toEqual(["07"]);
    expect(await search("zj-l00012")).toEqual(["12"]);
    expect((await search("91350100M0")).length).toBe(25);
    expect(await search("%")).toEqual([]);
    expect(await search("草稿")).toEqual([]);
  });

  it("sorts by name both ways, paging by name", async () => {
    const asc = await listAssessments(db().prisma, filters({ sort: "name_asc" }), { size: 3 });
    expect(asc.rows.map((r) => r.companyName)).toEqual(["=cmd|' /C calc'!A0 有限公司", "测试公司01", "测试公司02"]);
    const next = await listAssessments(db().prisma, filters({ sort: "name_asc" }), { size: 3, after: asc.next });
    expect(next.rows.map((r) => r.companyName)).toEqual(["测试公司03", "测试公司04", "测试公司05"]);
    const desc = await listAssessments(db().prisma, filters({ sort: "name_desc" }), { size: 2 });
    expect(desc.rows.map((r) => r.companyName)).toEqual(["测试公司24", "测试公司23"]);
  });

  it("sorts by a key figure both ways, an unknown figure last, paging by keyset over ties both ways", async () => {
    // One firm none of whose key figures is known.
    const unknown = {
      revenue: null,
      rdIntensity: null,
      revenueGrowth: null,
      ipClassOne: null,
      shareDomestic: null,
      scoreInnovativeMin: null,
      scoreSpecializedMin: null,
    };
    await db().prisma.assessment.update({ where: { reference: "ZJ-L00003" }, data: unknown });
    try {
      for (const sort of SORTS.filter(isFigureSort)) {
        const field = FIGURE_SORTS[figureOf(sort)!].field;
        const of = (r: ListRow) => r[field];
        const down = sort.endsWith("desc");
        const pages = [await listAssessments(db().prisma, filters({ sort }), { size: 4 })];
        while (pages.at(-1)!.next) {
          pages.push(await listAssessments(db().prisma, filters({ sort }), { size: 4, after: pages.at(-1)!.next }));
        }
        const rows = pages.flatMap((p) => p.rows);
        expect(new Set(rows.map((r) => r.id)).size).toBe(25);
        const values = rows.map(of);
        expect(values.at(-1)).toBeNull();
        const known = values.slice(0, -1) as number[];
        expect(known).toEqual([...known].sort((a, b) => (down ? b - a : a - b)));
        // Back from the last page, page by page, to the first.
        let back = pages.at(-1)!;
        for (let i = pages.length - 2; i >= 0; i--) {
          back = await listAssessments(db().prisma, filters({ sort }), { size: 4, before: back.previous });
          expect(back.rows.map((r) => r.id)).toEqual(pages[i]!.rows.map((r) => r.id));
        }
      }
    } finally {
      const row = submittedAssessment({ reference: "ZJ-L00003", revenue: 3000 });
      await db().prisma.assessment.update({
        where: { reference: "ZJ-L00003" },
        data: Object.fromEntries(Object.keys(unknown).map((k) => [k, row[k as keyof typeof unknown]])),
      });
    }
  });

  it("exports the filtered list as CSV with a BOM, headed in the reader's language, formulas neutralised", async () => {
    const bytes = new Uint8Array(
      await new Response(exportAssessments(db().prisma, filters({ province: "44" }), "csv", "zh-CN", 4)).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const rows = parse(text.slice(1), { relax_column_count: false }) as string[][];
    expect(rows[0]!.slice(0, 3)).toEqual(["自评编号", "企业名称", "统一社会信用代码"]);
    expect(rows).toHaveLength(13); // header + 12 in Guangdong, across 3+ batches of 4
    expect(rows[1]).toEqual(expect.arrayContaining(["ZJ-L00024", "测试公司24", "广东省", "已提交"]));
    const english = await new Response(exportAssessments(db().prisma, filters({ q: "cmd" }), "csv", "en")).text(); // text() drops the BOM
    const [header, row] = parse(english) as string[][];
    expect(header![1]).toBe("Company name");
    expect(row![1]).toBe("'=cmd|' /C calc'!A0 有限公司");
    expect(row![header!.indexOf("Review status")]).toBe("Submitted");
  });

  it("exports XLSX that Excel's format reader opens, with every row", async () => {
    const stream = exportAssessments(db().prisma, filters({}), "xlsx", "zh-CN", 7);
    const buffer = Buffer.from(await new Response(stream).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(buffer));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("自评记录");
    expect(sheet.rowCount).toBe(26);
    expect(sheet.getRow(1).getCell(1).value).toBe("自评编号");
    expect(sheet.getRow(2).getCell(2).value).toBe("=cmd|' /C calc'!A0 有限公司"); // a string cell, not a formula
    expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.String);
  });

  it("carries the key figures, the latest review note, its reviewer and an override flag", async () => {
    const prisma = db().prisma;
    const reviewed = await prisma.assessment.findUniqueOrThrow({ where: { reference: "ZJ-L00001" } });
    const user = await prisma.adminUser.create({
      data: { email: "zhao@office.gov.cn", passwordHash: "x", role: "reviewer" },
    });
    for (const note of ["开始审核", "材料齐全，建议推荐"])
      await prisma.reviewEvent.create({
        data: { assessmentId: reviewed.id, fromStatus: "submitted", toStatus: "in_review", note, actorId: user.id },
      });
    await prisma.criterionOverride.create({
      data: {
        assessmentId: reviewed.id,
        tierId: "little-giant",
        criterionId: "lg.revenue",
        originalOutcome: "not_met",
        newOutcome: "met",
        reason: "合并报表",
        actorId: user.id,
      },
    });
    // A score known exactly is a number; one with items unknown, the range still possible.
    const ranged = await prisma.assessment.update({
      where: { reference: "ZJ-L00002" },
      data: { scoreSpecializedMin: 70, scoreSpecializedMax: 85 },
    });
    expect(reviewed.scoreInnovativeMin).not.toBeNull();
    expect(reviewed.scoreInnovativeMin).toBe(reviewed.scoreInnovativeMax);
    const text = await new Response(exportAssessments(prisma, filters({}), "csv", "zh-CN")).text();
    const [header, ...rows] = parse(text) as string[][];
    const cell = (ref: string, column: string) => rows.find((r) => r[0] === ref)![header!.indexOf(column)];
    expect(cell("ZJ-L00001", "上年度营业收入（万元）")).toBe("3000");
    expect(cell("ZJ-L00001", "主营业务收入占比（%）")).toBe("95");
    expect(header!.filter((h) => h === "上年度营业收入（万元）")).toHaveLength(1); // each fact once
    expect(cell("ZJ-L00001", "最新审核意见")).toBe("材料齐全，建议推荐");
    expect(cell("ZJ-L00001", "审核员")).toBe("zhao@office.gov.cn");
    expect(cell("ZJ-L00001", "有人工调整")).toBe("是");
    expect(cell("ZJ-L00002", "最新审核意见")).toBe("");
    expect(cell("ZJ-L00002", "有人工调整")).toBe("否");
    expect(cell("ZJ-L00001", "科技和创新型中小企业评价得分（分）")).toBe(String(reviewed.scoreInnovativeMin));
    // Under miit-2026 the specialized SME has no points score: an empty cell, not "null".
    expect(reviewed.scoreSpecializedMin).toBeNull();
    expect(cell("ZJ-L00001", "专精特新中小企业评价得分（分）")).toBe("");
    expect(cell("ZJ-L00002", "专精特新中小企业评价得分（分）")).toBe("70–85");
    const restored = submittedAssessment({ reference: "ZJ-L00002", revenue: 3000 });
    await prisma.assessment.update({
      where: { id: ranged.id },
      data: { scoreSpecializedMin: restored.scoreSpecializedMin, scoreSpecializedMax: restored.scoreSpecializedMax },
    });
  });

  it("writes a workbook to work in: real dates in Beijing time, a frozen header with a filter, sized columns", async () => {
    const stream = exportAssessments(db().prisma, filters({ q: "ZJ-L00003" }), "xlsx", "zh-CN");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(Buffer.from(await new Response(stream).arrayBuffer())));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const submitted = sheet.getRow(2).getCell(header.indexOf("提交时间（北京时间）") + 1);
    expect(submitted.type).toBe(ExcelJS.ValueType.Date);
    // day(2) is 10:00 in Beijing: the cell shows 10:00, as the office's clock did.
    expect((submitted.value as Date).toISOString()).toBe("2026-10-03T10:00:00.000Z");
    expect(sheet.getColumn(header.indexOf("企业名称") + 1).width).toBeGreaterThanOrEqual(10);
  });
});
