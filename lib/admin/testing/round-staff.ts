import { beforeAll } from "vitest";
import type { Database } from "@/lib/db/open-database";
import { createUser } from "../create-user";
import { testReviewer } from "./reviewer";
import { submittedAssessment } from "./submitted";

type Reviewer = { userId: string; email: string; role: "reviewer" };
type Admin = { userId: string; email: string; role: "admin" };

/**
 * The people of a review round's tests, created before them on the describe block's database:
 * two reviewers (a sign-off's second step must be someone else's) and an admin; and `submit`,
 * which files one more submitted application. The getters are valid inside tests.
 */
export function useRoundStaff(db: () => Database) {
  let reviewer: Reviewer;
  let second: Reviewer;
  let admin: Admin;
  let n = 0;
  beforeAll(async () => {
    reviewer = { ...(await testReviewer(db().prisma, "wang@office.gov.cn")), role: "reviewer" };
    second = { ...(await testReviewer(db().prisma, "zhao@office.gov.cn")), role: "reviewer" };
    const made = await createUser(
      db().prisma,
      { userId: null, email: "cli" },
      { email: "chief@office.gov.cn", role: "admin", password: "Review-Desk-2026" },
    );
    if (made.kind !== "created") throw new Error(made.kind);
    admin = { userId: made.id, email: made.email, role: "admin" };
  });
  const submit = async (options: Partial<Parameters<typeof submittedAssessment>[0]> = {}) =>
    db().prisma.assessment.create({
      data: submittedAssessment({ reference: `ZJ-R${String(++n).padStart(5, "0")}`, ...options }),
      select: { id: true, reference: true, rulesetId: true, version: true, verdictLittleGiant: true },
    });
  return { reviewer: () => reviewer, second: () => second, admin: () => admin, submit };
}
