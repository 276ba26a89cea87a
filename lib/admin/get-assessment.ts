import "server-only";
import { localize, storedEvaluation, type Locale } from "@/lib/criteria";
import type { AdminDb } from "@/lib/auth/types";
import { isUuid } from "@/lib/ids";
import type { Answers } from "@/lib/questionnaire/answers";
import { contactOf } from "@/lib/assessments/contact";
import { diffRulesets } from "@/lib/report/diff";
import { correctionsInForce } from "./correct-fact";
import { applyOverrides, type ReviewedTier } from "./effective-evaluation";
import { parseItems, type MailStatus } from "./information-request";
import { answerChanges, verdictChanges, outcomesAfter } from "./reply-changes";

export type AssessmentDetail = NonNullable<Awaited<ReturnType<typeof getAssessmentDetail>>>;

/**
 * A submitted assessment with everything a reviewer needs: the answers, the evaluation as
 * reviewed (overrides applied), its history from the audit log, and other submissions with the
 * same USCC (duplicates, or the same company trying again).
 */
export async function getAssessmentDetail(db: AdminDb, id: string, locale: Locale = "zh-CN") {
  if (!isUuid(id)) return null;
  const row = await db.assessment.findUnique({
    where: { id },
    include: {
      criterionOverrides: { orderBy: { id: "asc" }, include: { actor: { select: { email: true } } } },
      factCorrections: { orderBy: { id: "asc" }, include: { actor: { select: { email: true } } } },
      round: { select: { id: true, name: true, stage: true } },
    },
  });
  if (!row || row.status === "draft") return null;
  const answers = (row.answers ?? {}) as Answers;
  const stored = storedEvaluation(
    row.evaluation,
    typeof answers.assessmentYear === "number" ? answers.assessmentYear : null,
  );
  if (!stored) return null;
  // The frozen evaluation, worded in the reader's language.
  const evaluation = localize(stored, locale);
  const overrides = row.criterionOverrides.map((o) => ({ ...o, actorEmail: o.actor.email }));
  const [history, duplicates, requestRows, revisions] = await Promise.all([
    db.auditLog.findMany({ where: { targetType: "assessment", targetId: id }, orderBy: { id: "asc" }, take: 500 }),
    row.uscc
      ? db.assessment.findMany({
          where: { uscc: row.uscc, id: { not: id }, status: { not: "draft" } },
          orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
          take: 20,
          select: { id: true, reference: true, companyName: true, status: true, submittedAt: true },
        })
      : Promise.resolve([]),
    db.informationRequest.findMany({
      where: { assessmentId: id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { requestedBy: { select: { email: true } } },
    }),
    db.assessmentRevision.findMany({
      where: { assessmentId: id },
      orderBy: { number: "asc" },
      select: { number: true, answers: true, evaluation: true },
    }),
  ]);
  // Each answered request with what the reply changed: from the revision it kept to the next
  // revision, or to the answers now.
  const requests = requestRows.map((r) => {
    const kept = revisions.find((v) => v.number === r.revisionNumber);
    const next = revisions.find((v) => r.revisionNumber !== null && v.number === r.revisionNumber + 1);
    const after = next ?? { answers: row.answers, evaluation: row.evaluation };
    return {
      id: r.id,
      note: r.note,
      items: parseItems(r.items),
      createdAt: r.createdAt,
      requestedBy: r.requestedBy.email,
      mailStatus: r.mailStatus as MailStatus,
      mailedAt: r.mailedAt,
      answeredAt: r.answeredAt,
      replyNote: r.replyNote,
      changes: kept
        ? {
            answers: answerChanges((kept.answers ?? {}) as Answers, (after.answers ?? {}) as Answers),
            verdicts: verdictChanges(kept.evaluation, after.evaluation),
            outcomes: outcomesAfter(parseItems(r.items), after.evaluation),
          }
        : null,
    };
  });
  // Reviewers' corrected figures, evaluated again: the verdicts the review works from; the
  // submitted evaluation stays beside it ("originalVerdict" is the submitted tier verdict).
  const correctedStored = row.correctedEvaluation
    ? storedEvaluation(
        row.correctedEvaluation,
        typeof answers.assessmentYear === "number" ? answers.assessmentYear : null,
      )
    : null;
  const corrected = correctedStored ? localize(correctedStored, locale) : null;
  const submittedVerdict = new Map(evaluation.tiers.map((t) => [t.id, t.verdict]));
  const tiers: ReviewedTier[] = applyOverrides(corrected ?? evaluation, overrides).map((t) => ({
    ...t,
    originalVerdict: submittedVerdict.get(t.id) ?? t.originalVerdict,
  }));
  const inForce = correctionsInForce(row.factCorrections, revisions.length);
  const corrections = row.factCorrections.map((c) => ({
    id: c.id.toString(),
    path: c.path,
    submitted: c.submitted,
    value: c.value,
    reason: c.reason,
    actorEmail: c.actor.email,
    createdAt: c.createdAt,
    inForce: inForce.get(c.path) === c,
  }));
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    version: row.version,
    rulesetId: row.rulesetId,
    companyName: row.companyName ?? "",
    uscc: row.uscc,
    submittedAt: row.submittedAt,
    designatedBatch: row.designatedBatch,
    designatedYear: row.designatedYear,
    answers,
    evaluation,
    tiers,
    history,
    duplicates,
    contact: contactOf(row.contact),
    /** The office's arrangement: its round (and where that round's list stands), reviewer, city. */
    round: row.round,
    assigneeId: row.assigneeId,
    city: row.city,
    requests,
    /** The answers with corrections in force (null: none); the figures the review works from. */
    correctedAnswers: (row.correctedAnswers ?? null) as Answers | null,
    corrections,
    /** The submitted evaluation against the corrected one, criterion by criterion. */
    correctionDiff: corrected ? diffRulesets(evaluation, corrected) : null,
  };
}
