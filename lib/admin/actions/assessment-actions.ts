"use server";
// The review page's server actions. Each checks the session and role itself (an action is a public
// endpoint whatever page shows its form) and parses its form with zod before anything else.
import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdminAction } from "@/lib/auth/guards";
import { OUTCOMES, TIER_IDS, type Locale } from "@/lib/criteria";
import { getPrisma } from "@/lib/db/client";
import { AssessmentStatus } from "@/lib/db/generated/enums";
import {
  BATCHES,
  FIRST_BATCH,
  FIRST_DESIGNATION_YEAR,
  LAST_BATCH,
  LAST_DESIGNATION_YEAR,
} from "@/lib/enterprises/batches";
import { batchYearMessage } from "@/lib/enterprises/import/messages";
import { fail, runFormAction } from "@/lib/http/form-state";
import type { FormState } from "@/lib/http/form-types";
import { correctFact } from "../correct-fact";
import { mailInformationRequest } from "../mail-information-request";
import { markDesignated } from "../mark-designated";
import { overrideCriterion } from "../override-criterion";
import { reviewAssessment } from "../review-assessment";

type T = Awaited<ReturnType<typeof getTranslations<"admin">>>;

const STATUSES = Object.values(AssessmentStatus).filter((s) => s !== "draft") as [string, ...string[]];
const ref = { id: z.uuid(), version: z.coerce.number().int().min(1) };

const common = (t: T, name: string, echo: string[], invalid: (field: string) => string) => ({
  name,
  echo,
  invalid,
  unexpected: (id: string) => t("errors.generic", { id }),
});

export async function reviewAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const t = await getTranslations("admin");
  const schema = z.object({ ...ref, to: z.enum(STATUSES), note: z.string() });
  const spec = {
    ...common(t, "review", ["to", "note"], (field) =>
      t(field === "to" ? "review.errors.status_required" : "review.errors.not_found"),
    ),
    schema,
  };
  return runFormAction(spec, data, async (input, values) => {
    const actor = { userId: session.userId, email: session.email };
    const prisma = await getPrisma();
    const result = await reviewAssessment(prisma, actor, {
      id: input.id,
      to: input.to as AssessmentStatus,
      note: input.note,
      version: input.version,
    });
    if (result.kind !== "changed")
      return fail(result.kind.startsWith("note") ? "note" : "to", t(`review.errors.${result.kind}`), values);
    // The request stands on the company's result page; the e-mail, where one can go, follows.
    if (result.requestId) await mailInformationRequest(prisma, result.requestId);
    revalidatePath(`/admin/assessments/${input.id}`);
    return { status: "done", message: t("review.done", { status: t(`status.${result.to}`) }), at: Date.now() };
  });
}

export async function overrideAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const t = await getTranslations("admin");
  const schema = z.object({
    id: z.uuid(),
    tier: z.enum(TIER_IDS as [string, ...string[]]),
    criterion: z.string().max(64),
    outcome: z.enum(OUTCOMES as [string, ...string[]]),
    reason: z.string(),
  });
  const spec = {
    ...common(t, "override", ["outcome", "reason"], (field) =>
      t(field === "outcome" ? "override.errors.invalid_outcome" : "override.errors.not_found"),
    ),
    schema,
  };
  return runFormAction(spec, data, async (input, values) => {
    const actor = { userId: session.userId, email: session.email };
    const result = await overrideCriterion(await getPrisma(), actor, {
      id: input.id,
      tierId: input.tier,
      criterionId: input.criterion,
      outcome: input.outcome,
      reason: input.reason,
    });
    if (result.kind !== "overridden")
      return fail(result.kind.startsWith("reason") ? "reason" : "outcome", t(`override.errors.${result.kind}`), values);
    revalidatePath(`/admin/assessments/${input.id}`);
    return { status: "done", message: t("override.done"), at: Date.now() };
  });
}

export async function correctAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const schema = z.object({
    id: z.uuid(),
    path: z.string().max(64),
    value: z.string().max(100),
    unknown: z.literal("on").optional(),
    reason: z.string(),
  });
  const spec = {
    ...common(t, "correct", ["path", "value", "reason"], (field) =>
      t(field === "path" ? "correct.errors.invalid_path" : "correct.errors.not_found"),
    ),
    schema,
  };
  return runFormAction(spec, data, async (input, values) => {
    const actor = { userId: session.userId, email: session.email };
    const result = await correctFact(
      await getPrisma(),
      actor,
      { id: input.id, path: input.path, value: input.value, unknown: input.unknown === "on", reason: input.reason },
      locale,
    );
    if (result.kind === "invalid_value") return fail("value", result.message, values);
    if (result.kind !== "corrected")
      return fail(
        result.kind.startsWith("reason") ? "reason" : result.kind === "invalid_path" ? "path" : "value",
        t(`correct.errors.${result.kind}`),
        values,
      );
    revalidatePath(`/admin/assessments/${input.id}`);
    return { status: "done", message: t("correct.done"), at: Date.now() };
  });
}

/**
 * A batch of the batch table (the form's choices), its year taken from the table; empty clears the
 * mark. Checked by markDesignated (batches.ts) all the same: a form can be forged.
 */
const designation = z.object({ id: z.uuid(), batch: z.string().max(20) });

const RANGE = {
  first: FIRST_BATCH,
  last: LAST_BATCH,
  firstYear: FIRST_DESIGNATION_YEAR,
  lastYear: LAST_DESIGNATION_YEAR,
};

export async function designateAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const t = await getTranslations("admin");
  const locale = await getLocale();
  const spec = {
    ...common(t, "designate", ["batch"], (field) =>
      t(field === "id" ? "designate.errors.not_found" : "designate.errors.invalid", RANGE),
    ),
    schema: designation,
  };
  return runFormAction(spec, data, async (input, values) => {
    const clear = input.batch.trim() === "";
    const year = BATCHES.find((b) => String(b.batch) === input.batch.trim())?.year ?? "";
    const actor = { userId: session.userId, email: session.email };
    const result = await markDesignated(await getPrisma(), actor, {
      id: input.id,
      designation: clear ? null : { batch: input.batch, year },
    });
    if (result.kind === "invalid") return fail("batch", batchYearMessage(result.problem, locale), values);
    if (result.kind === "not_recommended") return fail("batch", t("designate.errors.not_recommended"), values);
    if (result.kind !== "saved") return fail("batch", t("designate.errors.not_found"), values);
    revalidatePath(`/admin/assessments/${input.id}`);
    return { status: "done", message: clear ? t("designate.cleared") : t("designate.saved"), at: Date.now() };
  });
}
