// Admin accounts and a handful of submitted assessments for the admin area's browser tests.
// Idempotent: upserts by email and by reference.
import { submittedAssessment, type SubmittedOptions } from "../../lib/admin/testing/submitted";
import { hashPassword } from "../../lib/auth/password";
import type { Database } from "../../lib/db/open-database";
import { setAt } from "../../lib/questionnaire/answers";
import { completeAnswers } from "../../lib/questionnaire/testing/sample-answers";
import { e2eAccounts } from "../support/admin";

export const e2eAssessments: SubmittedOptions[] = [
  {
    reference: "ZJ-E2E001",
    name: "示例精密机械有限公司",
    province: "35",
    industryCode: "C3484",
    submittedAt: new Date("2026-11-02T02:00:00Z"),
  },
  {
    reference: "ZJ-E2E002",
    name: "华南智能装备有限公司",
    uscc: "91440300MA5D8KXR1T",
    province: "44",
    industryCode: "C3562",
    revenue: 3000,
    submittedAt: new Date("2026-11-03T02:00:00Z"),
  },
  {
    reference: "ZJ-E2E003",
    name: "示例精密机械有限公司（再次自评）",
    province: "35",
    industryCode: "C3484",
    status: "in_review",
    submittedAt: new Date("2026-11-04T02:00:00Z"),
  },
  {
    reference: "ZJ-E2E004",
    name: "北方新材料股份有限公司",
    uscc: "91110108MA01A2B3CF",
    province: "11",
    industryCode: "C2661",
    revenue: 90000,
    status: "recommended",
    submittedAt: new Date("2026-11-05T02:00:00Z"),
  },
  {
    reference: "ZJ-E2E005",
    name: '=HYPERLINK("http://evil.example") 有限公司',
    uscc: null,
    province: "44",
    industryCode: "I6513",
    submittedAt: new Date("2026-11-06T02:00:00Z"),
  },
  {
    // In review, for the review desk's own test (e2e/review-desk.spec.ts): too small for the
    // Little Giant title (revenue and its growth), eligible for the lower tiers. Submitted after
    // the insights test's dates, so that its overrides never change that test's figures.
    reference: "ZJ-E2E006",
    name: "江南测控仪器有限公司",
    uscc: null,
    province: "32",
    industryCode: "C4014",
    revenue: 3000,
    status: "in_review",
    submittedAt: new Date("2026-11-08T04:00:00Z"),
  },
  {
    // In review, for the correction test (e2e/corrections.spec.ts): its R&D spending typed a tenth
    // of the accounts' (72 and 61 万元 instead of 720 and 610), so the Little Giant tier fails.
    reference: "ZJ-E2E007",
    name: "东海精密传动有限公司",
    uscc: null,
    province: "33",
    answers: setAt(setAt(completeAnswers, "finance.rdExpense.y1", 72), "finance.rdExpense.y2", 61),
    status: "in_review",
    submittedAt: new Date("2026-11-09T04:00:00Z"),
  },
  // For the review round's journey (e2e/rounds.spec.ts): two that meet the Little Giant criteria,
  // one too small for them. Submitted after the insights test's dates.
  {
    reference: "ZJ-E2E010",
    name: "闽江精密轴承有限公司",
    uscc: "91350200MA2Y0R1K0H",
    province: "35",
    industryCode: "C3451",
    submittedAt: new Date("2026-11-10T02:00:00Z"),
  },
  {
    reference: "ZJ-E2E011",
    name: "鹭岛光电材料有限公司",
    uscc: null,
    province: "35",
    industryCode: "C3985",
    submittedAt: new Date("2026-11-10T03:00:00Z"),
  },
  {
    reference: "ZJ-E2E012",
    name: "九龙江小型电机有限公司",
    uscc: null,
    province: "35",
    industryCode: "C3811",
    revenue: 3000,
    submittedAt: new Date("2026-11-10T04:00:00Z"),
  },
];

export default async function seed(db: Database): Promise<void> {
  for (const account of Object.values(e2eAccounts)) {
    const passwordHash = await hashPassword(account.password);
    await db.prisma.adminUser.upsert({
      where: { email: account.email },
      create: { email: account.email, role: account.role, passwordHash },
      update: { role: account.role, passwordHash, disabledAt: null },
    });
  }
  for (const options of e2eAssessments) {
    await db.prisma.assessment.upsert({
      where: { reference: options.reference },
      create: submittedAssessment(options),
      update: {},
    });
  }
}
