import "server-only";
import { evaluateCore, parseFacts } from "@/lib/criteria";
import type { Prisma } from "@/lib/db/generated/client";
import { firstIncomplete, stepOfPending, type Destination } from "@/lib/questionnaire/journey";
import { contactOf, type StoredContact } from "./contact";
import type { HeldAssessment } from "./find-held";
import { listColumns } from "./list-columns";
import { mergeReply } from "./reply";
import type { Db } from "./types";

export type SubmitResult =
  | { kind: "submitted" }
  /** A reply to a request for more information, now in its case. */
  | { kind: "replied"; caseId: string }
  /** A reply whose case no longer waits for information: nothing changed. */
  | { kind: "reply_closed" }
  | { kind: "already_submitted" }
  | { kind: "incomplete"; step: Destination }
  | { kind: "changed"; version: number };

/**
 * Freezes the answers with the rule set in force today and the evaluation at this moment, with
 * the contact given (valid fields only). A reply draft goes into its case instead (reply.ts).
 * Idempotent: a double click, a refresh or the back button finds it submitted and changes nothing.
 */
export async function submitAssessment(
  db: Db,
  held: HeldAssessment,
  input: { version: number; today: string; contact?: StoredContact; replyNote?: string | null },
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
  // The contact given with this submission; none given: the one stored stays (its valid part).
  const contact = input.contact ?? contactOf(held.contact);

  if (held.replyToId) {
    const merged = await mergeReply(
      db,
      { ...held, replyToId: held.replyToId },
      {
        version: input.version,
        today: input.today,
        facts: parsed.facts,
        contact,
        replyNote: input.replyNote ?? null,
      },
    );
    return merged.kind === "closed" ? { kind: "reply_closed" } : merged;
  }

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
      contact: contact as Prisma.InputJsonObject,
      ...listColumns(parsed.facts, evaluation.tiers),
    },
  });
  if (updated.count === 1) return { kind: "submitted" };
  const now = await db.assessment.findUnique({ where: { id: held.id }, select: { status: true, version: true } });
  return now && now.status === "draft" ? { kind: "changed", version: now.version } : { kind: "already_submitted" };
}
