import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/admin/assessment-filters";
import { createUser } from "@/lib/admin/create-user";
import { overrideCriterion } from "@/lib/admin/override-criterion";
import { day, submittedAssessment, type SubmittedOptions } from "@/lib/admin/testing/submitted";
import type { CriterionId, Verdict } from "@/lib/criteria";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { setAt } from "@/lib/questionnaire/answers";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { aggregateInsights } from "./aggregate";
import { queryInsights } from "./query-insights";
import type { InsightRow } from "./types";

const noDebtFigures = setAt(
  setAt(setAt(completeAnswers, "finance.totalAssets", null), "finance.totalLiabilities", null),
  "finance.rdExpense.y1",
  300,
);

// 12 submissions: three sizes of firm, two provinces, two industries, one a day; one without
// its balance sheet; one in review whose revenue criterion a reviewer overrides.
const OPTIONS: SubmittedOptions[] = Array.from({ length: 12 }, (_, i) => ({
  reference: `ZJ-I${String(i + 1).padStart(5, "0")}`,
  province: i % 3 === 0 ? "44" : "35",
  industryCode: i < 6 ? "C3484" : "I6513",
  revenue: [3000, 12000, 90000][i % 3],
  status: i === 3 ? "in_review" : "submitted",
  submittedAt: day(i),
  ...(i === 7 ? { answers: noDebtFigures } : {}),
}));

type Columns = {
  verdictInnovativeSme: Verdict | null;
  verdictSpecializedSme: Verdict | null;
  verdictLittleGiant: Verdict | null;
  unmetInnovativeSme: string[];
  unmetSpecializedSme: string[];
  unmetLittleGiant: string[];
  rdIntensity: number | null;
  mainShare: number | null;
  debtRatio: number | null;
  revenue: number | null;
};
const toRow = (a: Columns): InsightRow => ({
  tiers: {
    ...(a.verdictInnovativeSme ? { "innovative-sme": a.verdictInnovativeSme } : {}),
    ...(a.verdictSpecializedSme ? { "specialized-sme": a.verdictSpecializedSme } : {}),
    ...(a.verdictLittleGiant ? { "little-giant": a.verdictLittleGiant } : {}),
  },
  notMet: {
    "innovative-sme": a.unmetInnovativeSme as CriterionId[],
    "specialized-sme": a.unmetSpecializedSme as CriterionId[],
    "little-giant": a.unmetLittleGiant as CriterionId[],
  },
  metrics: { rdIntensity: a.rdIntensity, mainShare: a.mainShare, debtRatio: a.debtRatio, revenue: a.revenue },
});

describe.each(testBackends)("insights in SQL on $name", (backend) => {
  const db = useTestDatabase(backend);
  let overridden = "";
  beforeAll(async () => {
    for (const options of OPTIONS) {
      const { id } = await db().prisma.assessment.create({ data: submittedAssessment(options) });
      if (options.status === "in_review") overridden = id;
    }
    await db().prisma.assessment.create({
      data: { reference: "ZJ-IDRAFT", tokenHash: "f".repeat(64), rulesetId: "miit-2026", answers: {} },
    });
    const user = await createUser(
      db().prisma,
      { userId: null, email: "cli" },
      { email: "wang@office.gov.cn", role: "reviewer", password: "Review-Desk-2026" },
    );
    if (user.kind !== "created") throw new Error(user.kind);
    const result = await overrideCriterion(
      db().prisma,
      { userId: user.id, email: user.email },
      { id: overridden, tierId: "little-giant", criterionId: "lg.revenue", outcome: "met", reason: "audited accounts" },
    );
    expect(result.kind).toBe("overridden");
  });

  const expected = async (where: { province?: string; industryCode?: { startsWith: string } }) =>
    aggregateInsights(
      (await db().prisma.assessment.findMany({ where: { status: { not: "draft" }, ...where } })).map(toRow),
      "miit-2026",
    );

  it("gives the same figures as the in-memory aggregation, drafts left out", async () => {
    const figures = await queryInsights(db().prisma, parseFilters({}).filters, "2026-12-01");
    expect(figures.total).toBe(12);
    expect(figures).toEqual(await expected({}));
    expect(figures.metrics.debtRatio.unknown).toBe(1);
    expect(figures.unmet["little-giant"].length).toBeGreaterThan(0);
  });

  it("applies the admin list's filters", async () => {
    const q = (params: Record<string, string>) =>
      queryInsights(db().prisma, parseFilters(params).filters, "2026-12-01");
    expect(await q({ province: "44" })).toEqual(await expected({ province: "44" }));
    expect((await q({ province: "44" })).total).toBe(4);
    expect(await q({ industry: "I65" })).toEqual(await expected({ industryCode: { startsWith: "I65" } }));
    expect((await q({ from: "2026-10-03", to: "2026-10-05" })).total).toBe(3);
    expect((await q({ ruleset: "miit-2018" })).total).toBe(0);
    expect((await q({ status: "in_review" })).total).toBe(1);
  });

  // assessment_insight's rows with their profile's verdicts and criteria not met.
  const insightRows = async () => {
    const profiles = new Map(
      (await db().prisma.insightProfile.findMany({ omit: { key: true } })).map(({ id, ...p }) => [id, p]),
    );
    const rows = await db().prisma.assessmentInsight.findMany({ orderBy: { submittedAt: "asc" } });
    return rows.map(({ profileId, ...row }) => ({ ...row, ...profiles.get(profileId)! }));
  };

  it("counts a reviewer's override: the criterion no longer fails", async () => {
    const row = (await insightRows()).find((r) => r.assessmentId === overridden)!;
    const original = submittedAssessment(OPTIONS[3]!);
    expect(original.unmetLittleGiant).toContain("lg.revenue");
    expect(row.unmetLittleGiant).not.toContain("lg.revenue");
    expect(row.status).toBe("in_review");
  });

  it("numbers each combination of verdicts and criteria not met once", async () => {
    const profiles = await db().prisma.insightProfile.findMany({ omit: { id: true, key: true } });
    expect(new Set(profiles.map((p) => JSON.stringify(p))).size).toBe(profiles.length);
    expect(profiles.length).toBeLessThan((await insightRows()).length);
  });

  it("the migration's backfill writes what submission and overrides write", async () => {
    const before = await insightRows();
    await db().prisma.$executeRawUnsafe(
      `UPDATE "assessment" SET "unmet_innovative_sme" = '{}', "unmet_specialized_sme" = '{}', "unmet_little_giant" = '{}',
       "rd_intensity" = NULL, "main_share" = NULL, "debt_ratio" = NULL, "revenue" = NULL`,
    );
    const cleared = await insightRows();
    expect(cleared.every((r) => r.revenue === null && r.unmetLittleGiant.length === 0)).toBe(true);
    const migration = await readFile(
      path.join(process.cwd(), "prisma/migrations/20261202122156_insights/migration.sql"),
      "utf8",
    );
    await db().withSql((sql) => sql.exec(migration.slice(migration.indexOf('WITH "submitted" AS ('))));
    const after = await insightRows();
    expect(after).toEqual(before);
  });
});
