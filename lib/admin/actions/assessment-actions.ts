"use server";
// The review page's server actions. Each checks the session and role itself: an action is a
// public endpoint whatever page shows its form.
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { requireAdminAction } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { AssessmentStatus } from "@/lib/db/generated/enums";
import { logError } from "@/lib/log";
import { valuesOf, type FormState } from "@/lib/ui/admin/form-state";
import { markDesignated } from "../mark-designated";
import { overrideCriterion } from "../override-criterion";
import { reviewAssessment } from "../review-assessment";

const fail = (field: string, message: string, values: Record<string, string>): FormState => ({
  status: "error",
  errors: [{ field, message }],
  values,
});

async function guarded(
  run: (t: Awaited<ReturnType<typeof getTranslations<"admin">>>) => Promise<FormState>,
): Promise<FormState> {
  const t = await getTranslations("admin");
  try {
    return await run(t);
  } catch (error) {
    return {
      status: "error",
      errors: [{ field: "form", message: t("errors.generic", { id: logError(error, { area: "admin" }) }) }],
      values: {},
    };
  }
}

export async function reviewAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const values = valuesOf(data, ["to", "note"]);
  const id = String(data.get("id") ?? "");
  return guarded(async (t) => {
    if (!values.to) return fail("to", t("review.errors.status_required"), values);
    const result = await reviewAssessment(
      await getPrisma(),
      { userId: session.userId, email: session.email },
      {
        id,
        to: values.to as AssessmentStatus,
        note: values.note ?? "",
        version: Number(data.get("version")),
      },
    );
    if (result.kind !== "changed")
      return fail(result.kind.startsWith("note") ? "note" : "to", t(`review.errors.${result.kind}`), values);
    revalidatePath(`/admin/assessments/${id}`);
    return { status: "done", message: t("review.done", { status: t(`status.${result.to}`) }), at: Date.now() };
  });
}

export async function overrideAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const values = valuesOf(data, ["outcome", "reason"]);
  const id = String(data.get("id") ?? "");
  return guarded(async (t) => {
    const result = await overrideCriterion(
      await getPrisma(),
      { userId: session.userId, email: session.email },
      {
        id,
        tierId: String(data.get("tier") ?? ""),
        criterionId: String(data.get("criterion") ?? ""),
        outcome: values.outcome ?? "",
        reason: values.reason ?? "",
      },
    );
    if (result.kind !== "overridden")
      return fail(result.kind.startsWith("reason") ? "reason" : "outcome", t(`override.errors.${result.kind}`), values);
    revalidatePath(`/admin/assessments/${id}`);
    return { status: "done", message: t("override.done"), at: Date.now() };
  });
}

export async function designateAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const values = valuesOf(data, ["batch", "year"]);
  const id = String(data.get("id") ?? "");
  return guarded(async (t) => {
    const clear = !values.batch && !values.year;
    const designation = clear ? null : { batch: Number(values.batch), year: Number(values.year) };
    const result = await markDesignated(
      await getPrisma(),
      { userId: session.userId, email: session.email },
      { id, designation },
    );
    if (result.kind !== "saved") return fail("batch", t(`designate.errors.${result.kind}`), values);
    revalidatePath(`/admin/assessments/${id}`);
    return { status: "done", message: clear ? t("designate.cleared") : t("designate.saved"), at: Date.now() };
  });
}
