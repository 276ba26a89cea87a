import "server-only";
import { evaluateCore, parseFacts } from "@/lib/criteria";
import type { Prisma } from "@/lib/db/generated/client";
import { firstIncomplete, stepOfPending, type Destination } from "@/lib/questionnaire/journey";
import type { HeldAssessment } from "./find-held";
import { listColumns } from "./list-columns";
import type { Db } from "./types";

export type SubmitResult =
  | { kind: "submitted" }
  | { kind: "already_submitted" }
  | { kind: "incomplete"; step: Destination }
  | { kind: "changed"; version: number };

/**
 * Freezes the answers with the rule set in force today and the evaluation at this moment.
 * Idempotent: a double click, a refresh or the back button finds it submitted and changes nothing.
 */
export async function submitAssessment(
  db: Db,
  held: HeldAssessment,
  input: { version: number; today: string },
): Promise<SubmitResult> {
  if (held.status !== "draft") return { kind: "already_submitted" };
  // The user confirmed what the check page showed; if another tab changed it since, show it again.
  if (held.version !== input.version) return { kind: "changed", version: held.version };
  const frontier = firstIncomplete(held.answers);
  if (frontier !== "check") return { kind: "incomplete", step: frontier };
  // Text still to correct (it replaced a saved answer): the user fixes it first.
  const toCorrect = stepOfPending(held.pending);
  if (toCorrect) return { kind: "incomplete", step: toCorrect };
  const parsed = parseFacts(held.answers, "zh-CN");
  if (!parsed.ok) return { kind: "incomplete", step: "about" };

  // Stored language-neutral: ids, outcomes and numbers; the words follow the reader when read. The
  // rule set is the one in force, or a review year's (a 2026 review keeps the 2022 standard).
  const evaluation = evaluateCore(parsed.facts, { today: input.today });
  const ruleset = evaluation.ruleset.id;
  const updated = await db.assessment.updateMany({
    where: { id: held.id, status: "draft", version: input.version },
    data: {
      status: "submitted",
      rulesetId: ruleset,
      evaluation: evaluation as unknown as Prisma.InputJsonObject,
      submittedAt: new Date(),
      version: { increment: 1 },
      ...listColumns(parsed.facts, evaluation.tiers),
    },
  });
  if (updated.count === 1) return { kind: "submitted" };
  const now = await db.assessment.findUnique({ where: { id: held.id }, select: { status: true, version: true } });
  return now && now.status === "draft" ? { kind: "changed", version: now.version } : { kind: "already_submitted" };
}
