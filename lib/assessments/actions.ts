"use server";
// The questionnaire's server actions. Each one parses its arguments with zod and checks the caller
// holds the assessment's resume token (in the HttpOnly cookie): actions are public endpoints.
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { rulesetInForce, STEP_IDS } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { getPrisma } from "@/lib/db/client";
import { logError } from "@/lib/log";
import { heldToken, rememberAssessment } from "./access-cookie";
import { copyAssessment } from "./copy-assessment";
import { createDraft } from "./create-draft";
import { findHeldAssessment } from "./find-held";
import { saveStep, type SaveResult } from "./save-step";
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
  try {
    const { prisma, assessment } = await held(input.data.id);
    if (!assessment) return { kind: "no_access" };
    return await saveStep(prisma, assessment, input.data);
  } catch (error) {
    return { kind: "error", errorId: logError(error, { action: "saveStep", id: input.data.id }) };
  }
}

export async function startAssessmentAction(): Promise<void> {
  const draft = await createDraft(await getPrisma(), { rulesetId: rulesetInForce(chinaToday()).id });
  await rememberAssessment(draft.id, draft.token);
  redirect(`/assess/${draft.id}/about`);
}

const formInput = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1).optional() });

/** The form's id (and version); a form no page of ours could have sent answers 404. */
function formOf(formData: FormData) {
  const parsed = formInput.safeParse({ id: formData.get("id"), version: formData.get("version") ?? undefined });
  if (!parsed.success) notFound();
  return parsed.data;
}

export async function submitAssessmentAction(formData: FormData): Promise<void> {
  const { id, version = 0 } = formOf(formData);
  const { prisma, assessment } = await held(id);
  if (!assessment) redirect(`/assess/${id}/check`);
  const result = await submitAssessment(prisma, assessment, { version, today: chinaToday() });
  if (result.kind === "incomplete") redirect(`/assess/${id}/${result.step}`);
  if (result.kind === "changed") redirect(`/assess/${id}/check?changed=1`);
  redirect(`/assess/${id}/result`);
}

export async function copyAssessmentAction(formData: FormData): Promise<void> {
  const { id } = formOf(formData);
  const { prisma, assessment } = await held(id);
  if (!assessment || assessment.status === "draft") redirect(`/assess/${id}/check`);
  const copy = await copyAssessment(prisma, assessment, rulesetInForce(chinaToday()).id);
  await rememberAssessment(copy.id, copy.token);
  redirect(`/assess/${copy.id}/check`);
}
