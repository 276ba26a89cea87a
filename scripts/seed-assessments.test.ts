import { describe, expect, it } from "vitest";
import { listColumns } from "@/lib/assessments/list-columns";
import { evaluateCore, parseFacts } from "@/lib/criteria";
import { usccProblem } from "@/lib/criteria/uscc";
import { testBackends } from "@/lib/db/testing/backends";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import type { Answers } from "@/lib/questionnaire/answers";
import { isKnownIndustryPrefix } from "@/lib/questionnaire/industries";
import { seedAssessments } from "./seed-assessments";

// The benchmark seed says the same thing everywhere: what the list shows is what was answered,
// and the frozen evaluation is the one those answers get.
describe.each(testBackends)("the benchmark seed on $name", (backend) => {
  const db = useTestDatabase(backend);

  it("writes answers that match the list columns, valid credit codes, and evaluations the answers get", async () => {
    expect(await seedAssessments(db(), 48)).toBe(48);
    const rows = await db().prisma.assessment.findMany({ where: { reference: { startsWith: "ZB-" } } });
    expect(rows).toHaveLength(48);
    for (const row of rows) {
      const company = (row.answers as { company: Record<string, unknown> }).company;
      expect(company, row.reference).toMatchObject({
        name: row.companyName,
        uscc: row.uscc,
        province: row.province,
        industryCode: row.industryCode,
      });
      expect(usccProblem(row.uscc!), row.uscc!).toBeNull();
      expect(isKnownIndustryPrefix(row.industryCode!), row.industryCode!).toBe(true);
      const parsed = parseFacts(row.answers as Answers, "zh-CN");
      expect(parsed.ok, row.reference).toBe(true);
      if (!parsed.ok) continue;
      const evaluation = evaluateCore(parsed.facts, { today: "2026-11-21" });
      const tiers = evaluation.tiers.map((t) => t.verdict);
      // Every list column (verdicts, criteria not met, key figures) as submission writes it.
      expect(row, row.reference).toMatchObject(listColumns(parsed.facts, evaluation.tiers));
      expect(tiers, row.reference).toEqual([
        row.verdictInnovativeSme,
        row.verdictSpecializedSme,
        row.verdictLittleGiant,
      ]);
    }
    expect(new Set(rows.map((r) => r.uscc)).size).toBe(48);
  });
});
