import "server-only";
import { isStorableText } from "@/lib/criteria/text";
import { OUTCOMES, type Outcome } from "@/lib/criteria";
import type { AdminDb } from "@/lib/auth/types";
import { verdictColumns } from "@/lib/assessments/list-columns";
import { applyOverrides, baseEvaluation } from "./effective-evaluation";
import { overrideRecords } from "./override-records";
import { recordAudit, type Actor } from "./record-audit";
import { NOTE_MAX } from "./review-assessment";

export type OverrideInput = { id: string; tierId: string; criterionId: string; outcome: string; reason: string };

export type OverrideResult =
  | { kind: "overridden"; verdict: string | null }
  | { kind: "reason_required" }
  | { kind: "reason_too_long" }
  | { kind: "reason_unstorable" }
  | { kind: "invalid_outcome" }
  | { kind: "unchanged" }
  | { kind: "not_in_review" }
  | { kind: "not_found" };

/**
 * A reviewer's judgement on one criterion (e.g. a "manual" one, or a figure the reviewer checked
 * against the accounts), with the reason. Only while the assessment is in review. The tier
 * verdicts in the list's columns follow; the frozen evaluation stays as submitted.
 */
export async function overrideCriterion(
  db: AdminDb,
  actor: Actor & { userId: string },
  input: OverrideInput,
  now = new Date(),
): Promise<OverrideResult> {
  const reason = input.reason.trim();
  if (!reason) return { kind: "reason_required" };
  if (reason.length > NOTE_MAX) return { kind: "reason_too_long" };
  if (!isStorableText(reason)) return { kind: "reason_unstorable" };
  if (!(OUTCOMES as readonly string[]).includes(input.outcome)) return { kind: "invalid_outcome" };
  const row = await db.assessment.findUnique({
    where: { id: input.id },
    select: { status: true, evaluation: true, correctedEvaluation: true },
  });
  // Overrides read ids and outcomes only, which every stored evaluation keeps; they apply to the
  // evaluation from corrected figures where a reviewer corrected any.
  const evaluation = row ? baseEvaluation(row) : null;
  const criterion = evaluation?.tiers
    .find((t) => t.id === input.tierId)
    ?.criteria.find((c) => c.id === input.criterionId);
  if (!row || !evaluation || !criterion) return { kind: "not_found" };
  if (row.status !== "in_review") return { kind: "not_in_review" };

  return db.$transaction(async (tx) => {
    const records = await overrideRecords(tx, input.id);
    const before = applyOverrides(evaluation, records);
    const current = before.find((t) => t.id === input.tierId)?.criteria.find((c) => c.id === input.criterionId);
    if (current?.outcome === input.outcome) return { kind: "unchanged" } as const;
    const created = {
      tierId: input.tierId,
      criterionId: input.criterionId,
      newOutcome: input.outcome as Outcome,
      reason,
      actorEmail: actor.email,
      createdAt: now,
    };
    const after = applyOverrides(evaluation, [...records, created]);
    await tx.criterionOverride.create({
      data: {
        assessmentId: input.id,
        tierId: input.tierId,
        criterionId: input.criterionId,
        originalOutcome: criterion.outcome,
        newOutcome: input.outcome,
        reason,
        actorId: actor.userId,
        createdAt: now,
      },
    });
    await tx.assessment.update({
      where: { id: input.id },
      data: verdictColumns(after),
    });
    const tierBefore = before.find((t) => t.id === input.tierId)?.verdict ?? null;
    const tierAfter = after.find((t) => t.id === input.tierId)?.verdict ?? null;
    await recordAudit(
      tx,
      actor,
      {
        action: "assessment.override",
        targetType: "assessment",
        targetId: input.id,
        before: {
          tier: input.tierId,
          criterion: input.criterionId,
          outcome: current?.outcome ?? criterion.outcome,
          verdict: tierBefore,
        },
        after: { tier: input.tierId, criterion: input.criterionId, outcome: input.outcome, verdict: tierAfter, reason },
      },
      now,
    );
    return { kind: "overridden", verdict: tierAfter } as const;
  });
}
