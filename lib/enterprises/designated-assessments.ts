// Assessments an administrator marked designated are peers with full metrics: their answers hold
// every figure the comparison needs.
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Answers } from "@/lib/questionnaire/answers";
import { companyFacts, type CompanyFacts } from "./company-metrics";

export type AssessmentDb = Pick<PrismaClient, "assessment">;

export async function designatedAssessmentPeers(
  db: AssessmentDb,
  scope: { provinceCode: string; prefix: string; excludeId?: string },
): Promise<CompanyFacts[]> {
  const rows = await db.assessment.findMany({
    where: {
      designatedBatch: { not: null },
      province: scope.provinceCode,
      industryCode: { startsWith: scope.prefix },
      ...(scope.excludeId ? { id: { not: scope.excludeId } } : {}),
    },
    select: { answers: true },
  });
  return rows.map((r) => companyFacts((r.answers ?? {}) as Answers));
}
