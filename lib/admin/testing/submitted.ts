// Submitted assessments for tests, the e2e seed and the benchmark: the answers with their
// evaluation and list columns exactly as submission writes them, without the questionnaire.
import { randomBytes } from "node:crypto";
import { hashSecretToken } from "@/lib/secret-token";
import { evaluateCore, parseFacts, type Evaluation } from "@/lib/criteria";
import { listColumns } from "@/lib/assessments/list-columns";
import type { Prisma } from "@/lib/db/generated/client";
import type { AssessmentStatus } from "@/lib/db/generated/enums";
import { setAt, type Answers } from "@/lib/questionnaire/answers";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";

export type SubmittedOptions = {
  reference: string;
  /** The answers to start from (default: completeAnswers), before the changes below. */
  answers?: Answers;
  /** The resume token, for a test that opens the assessment as its holder (default: random). */
  token?: string;
  name?: string;
  uscc?: string | null;
  province?: string;
  industryCode?: string;
  revenue?: number;
  status?: AssessmentStatus;
  submittedAt?: Date;
  /** What the frozen evaluation said instead (a submission made before a correction). */
  frozen?: (evaluation: Evaluation) => Evaluation;
};

export function submittedAssessment(options: SubmittedOptions): Prisma.AssessmentCreateInput {
  let answers: Answers = options.answers ?? completeAnswers;
  if (options.name) answers = setAt(answers, "company.name", options.name);
  if (options.uscc !== undefined) answers = setAt(answers, "company.uscc", options.uscc);
  if (options.province) answers = setAt(answers, "company.province", options.province);
  if (options.industryCode) answers = setAt(answers, "company.industryCode", options.industryCode);
  if (options.revenue !== undefined) {
    answers = setAt(answers, "finance.revenue.y1", options.revenue);
    answers = setAt(answers, "finance.mainRevenue.y1", Math.round(options.revenue * 0.95));
  }
  const parsed = parseFacts(answers, "zh-CN");
  if (!parsed.ok) throw new Error(`sample answers invalid: ${JSON.stringify(parsed.issues)}`);
  // The rule set submission would choose on that day (a 2026 review keeps miit-2022).
  const live = evaluateCore(parsed.facts, { today: "2026-11-21" });
  const evaluation = options.frozen ? options.frozen(structuredClone(live)) : live;
  return {
    reference: options.reference,
    tokenHash: hashSecretToken(options.token ?? randomBytes(32).toString("base64url")),
    status: options.status ?? "submitted",
    answers: answers as Prisma.InputJsonObject,
    rulesetId: evaluation.ruleset.id,
    evaluation: evaluation as unknown as Prisma.InputJsonObject,
    submittedAt: options.submittedAt ?? new Date(),
    version: 14,
    ...listColumns(parsed.facts, evaluation.tiers),
  };
}

/** Day `n` after 1 October 2026, at 10:00 Beijing time: submission times that sort and filter by date. */
export const day = (n: number) => new Date(Date.UTC(2026, 9, 1, 2) + n * 86_400_000);
