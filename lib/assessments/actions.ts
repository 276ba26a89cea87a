"use server";
// The questionnaire's server actions. Each one parses its arguments with zod and checks the caller
// holds the assessment's resume token (in the HttpOnly cookie): actions are public endpoints.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/request-info";
import { config } from "@/lib/config";
import { z } from "zod";
import { rulesetInForce, STEP_IDS } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { getDatabase, getPrisma } from "@/lib/db/client";
import { logError } from "@/lib/log";
import { heldToken, rememberAssessment } from "./access-cookie";
import { storablePart } from "@/lib/criteria/text";
import type { Prisma } from "@/lib/db/generated/client";
import { parseContact, REPLY_NOTE_MAX } from "./contact";
import { copyAssessment } from "./copy-assessment";
import { mergedReplyCase, replyDraftOf, startReply } from "./reply";
import { startDraft } from "./create-draft";
import { findHeldAssessment } from "./find-held";
import { forgetSave, recentSave, rememberSave } from "./recent-saves";
import { saveStep, type SaveResult } from "./save-step";
import { answersFromForm } from "@/lib/questionnaire/form-data";
import { findStep } from "@/lib/questionnaire/steps";
import { keptTextIssues, stepValues } from "@/lib/questionnaire/step-values";
import type { StepIssue } from "@/lib/questionnaire/step-schema";
import type { Answers } from "@/lib/questionnaire/answers";
import { submitAssessment } from "./submit-assessment";

const saveInput = z.object({
  id: z.uuid(),
  step: z.enum(STEP_IDS),
  values: z.unknown(),
  version: z.number().int().min(1),
  mode: z.enum(["complete", "partial"]),
  returnToCheck: z.boolean().optional(),
});

export type SaveActionResult = SaveResult | { kind: "no_access" } | { kind: "error"; errorId: string };

async function held(id: string) {
  const prisma = await getPrisma();
  return { prisma, assessment: await findHeldAssessment(prisma, id, await heldToken(id)) };
}

export async function saveStepAction(raw: unknown): Promise<SaveActionResult> {
  const input = saveInput.safeParse(raw);
  if (!input.success) return { kind: "not_found" };
  const { id, version } = input.data;
  try {
    const db = await getDatabase();
    const token = await heldToken(id);
    // While someone types, each save starts from the one before: no read needed (recent-saves.ts).
    const assessment = recentSave(id, version, token) ?? (await findHeldAssessment(db.prisma, id, token));
    if (!assessment || !token) return { kind: "no_access" };
    const result = await saveStep(db, assessment, input.data, (now) => rememberSave(now, token));
    if (result.kind !== "saved" && result.kind !== "invalid") forgetSave(id);
    return result;
  } catch (error) {
    forgetSave(id);
    return { kind: "error", errorId: logError(error, { action: "saveStep", id: input.data.id }) };
  }
}

const formSaveInput = z.object({
  id: z.uuid(),
  step: z.enum(STEP_IDS),
  version: z.coerce.number().int().min(1),
  returnToCheck: z.enum(["1"]).optional(),
});

/**
 * A step posted as a plain form, before or without JavaScript: saved as the script would save it
 * (what is valid, and the text of what is not), then the next page, or the same page again with
 * its errors and the typed text.
 */
export async function saveStepFormAction(formData: FormData): Promise<void> {
  const input = formSaveInput.safeParse({
    id: formData.get("id"),
    step: formData.get("step"),
    version: formData.get("version"),
    returnToCheck: formData.get("returnToCheck") ?? undefined,
  });
  if (!input.success) notFound();
  const { id, step, version } = input.data;
  const returnToCheck = input.data.returnToCheck === "1";
  const { assessment } = await held(id);
  if (!assessment) redirect(`/assess/${id}/${step}`);
  const fields = findStep(step)?.fields ?? [];
  const result = await saveStep(await getDatabase(), assessment, {
    step,
    values: answersFromForm(fields, formData),
    version,
    mode: "complete",
    returnToCheck,
  });
  const again = (flag: string) => `/assess/${id}/${step}?${returnToCheck ? "return=check&" : ""}${flag}=1`;
  if (result.kind === "saved") redirect(`/assess/${id}/${result.next}`);
  if (result.kind === "invalid") redirect(again("errors"));
  if (result.kind === "conflict") redirect(again("conflict"));
  redirect(`/assess/${id}/${step}`);
}

const stateInput = z.object({ id: z.uuid(), step: z.enum(STEP_IDS) });

export type StepState =
  | { kind: "draft"; version: number; values: Answers; savedAt: string; issues: StepIssue[] }
  | { kind: "submitted" }
  | { kind: "none" };

/**
 * The step's saved state now (answers and kept text): a page restored by Back or from the
 * back-forward cache compares it with what it shows, so it never shows a stale page.
 */
export async function stepStateAction(raw: unknown): Promise<StepState> {
  const input = stateInput.safeParse(raw);
  if (!input.success) return { kind: "none" };
  const { assessment } = await held(input.data.id);
  if (!assessment) return { kind: "none" };
  if (assessment.status !== "draft") return { kind: "submitted" };
  const step = findStep(input.data.step);
  if (!step) return { kind: "none" };
  const values = stepValues(step.fields, assessment.answers, assessment.pending);
  return {
    kind: "draft",
    version: assessment.version,
    values,
    savedAt: assessment.updatedAt.toISOString(),
    issues: keptTextIssues(step, values, assessment.answers, assessment.pending),
  };
}

/** Starts a draft; the start page's `key` makes a second press of the same page find the first. */
export async function startAssessmentAction(formData: FormData): Promise<void> {
  const key = formData.get("key");
  const started = await startDraft(await getPrisma(), {
    rulesetId: rulesetInForce(chinaToday()).id,
    ...(typeof key === "string" ? { token: key } : {}),
    address: clientAddress(await headers(), config().trustedProxyHops),
    now: new Date(),
  });
  // Too many drafts from this address lately: the start page again, saying how long to wait.
  if (started.kind === "refused") redirect(`/assess/new?limited=${started.retryMinutes}`);
  await rememberAssessment(started.draft.id, started.draft.token);
  redirect(`/assess/${started.draft.id}/about`);
}

const formInput = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1).optional() });

/** The form's id (and version); a form no page of ours could have sent answers 404. */
function formOf(formData: FormData) {
  const parsed = formInput.safeParse({ id: formData.get("id"), version: formData.get("version") ?? undefined });
  if (!parsed.success) notFound();
  return parsed.data;
}

/**
 * Submits the check page: its contact fields and (for a reply) the note to the reviewer are kept
 * as typed first, so nothing is lost when one of them is not valid; then the page comes back
 * with the message, or the assessment is submitted.
 */
export async function submitAssessmentAction(formData: FormData): Promise<void> {
  const { id, version = 0 } = formOf(formData);
  const { prisma, assessment } = await held(id);
  if (!assessment) {
    // The reply was sent already (a second press, or Back and send again): its case.
    const merged = await mergedReplyCase(prisma, id);
    redirect(merged ? `/assess/${merged}/result?replied=1` : `/assess/${id}/check`);
  }
  if (assessment.status !== "draft") redirect(`/assess/${id}/result?submitted=1`);
  const contact = parseContact((key) => formData.get(`contact.${key}`));
  const note = assessment.replyToId ? replyNoteOf(formData.get("replyNote")) : { text: null, valid: true };
  await prisma.assessment.updateMany({
    where: { id, status: "draft" },
    data: {
      contact: contact.stored as Prisma.InputJsonObject,
      ...(assessment.replyToId ? { replyNote: note.text } : {}),
    },
  });
  if (contact.invalid.length > 0 || !note.valid) {
    redirect(`/assess/${id}/check?${contact.invalid.length > 0 ? "contact=1" : "note=1"}#submit-title`);
  }
  const result = await submitAssessment(prisma, assessment, {
    version,
    today: chinaToday(),
    contact: contact.stored,
    replyNote: note.text,
  });
  if (result.kind === "incomplete") redirect(`/assess/${id}/${result.step}`);
  if (result.kind === "changed") redirect(`/assess/${id}/check?changed=1`);
  if (result.kind === "reply_closed") redirect(`/assess/${id}/check?closed=1`);
  if (result.kind === "replied") redirect(`/assess/${result.caseId}/result?replied=1`);
  redirect(`/assess/${id}/result?submitted=1`);
}

/** A reply's note as typed (its storable part), and whether it may be sent as it is. */
function replyNoteOf(value: FormDataEntryValue | null): { text: string | null; valid: boolean } {
  const raw = typeof value === "string" ? value.trim() : "";
  if (!raw) return { text: null, valid: true };
  const text = storablePart(raw, REPLY_NOTE_MAX + 1);
  return { text, valid: text === raw && Array.from(raw).length <= REPLY_NOTE_MAX };
}

/** "Change the answers and reply": the reply draft to a case's request, started or continued. */
export async function startReplyAction(formData: FormData): Promise<void> {
  const { id } = formOf(formData);
  const { prisma, assessment } = await held(id);
  if (!assessment) redirect(`/assess/${id}/result`);
  // This browser holds the reply already: straight back to it.
  const existing = await replyDraftOf(prisma, id);
  if (existing && (await findHeldAssessment(prisma, existing.id, await heldToken(existing.id)))) {
    redirect(`/assess/${existing.id}/check`);
  }
  const started = await startReply(prisma, assessment);
  if (started.kind === "closed") redirect(`/assess/${id}/result`);
  await rememberAssessment(started.draft.id, started.draft.token);
  redirect(`/assess/${started.draft.id}/check`);
}

export async function copyAssessmentAction(formData: FormData): Promise<void> {
  const { id } = formOf(formData);
  const { prisma, assessment } = await held(id);
  if (!assessment || assessment.status === "draft") redirect(`/assess/${id}/check`);
  const copy = await copyAssessment(prisma, assessment, rulesetInForce(chinaToday()).id);
  await rememberAssessment(copy.id, copy.token);
  redirect(`/assess/${copy.id}/check`);
}
