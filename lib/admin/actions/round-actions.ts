"use server";
// The review rounds' server actions. Each checks the session and role itself and parses its form
// with zod before anything else; a refusal names the field and keeps what was typed.
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdminAction } from "@/lib/auth/guards";
import { RULESET_IDS, TIER_IDS } from "@/lib/criteria";
import { getPrisma } from "@/lib/db/client";
import { AssessmentStatus } from "@/lib/db/generated/enums";
import { fail, runFormAction } from "@/lib/http/form-state";
import type { FormState } from "@/lib/http/form-types";
import { filterDate } from "../assessment-filters";
import { mailInformationRequest } from "../mail-information-request";
import { QUOTA_MAX, ROUND_NAME_MAX } from "../round-rules";
import { addToRound } from "../round-add";
import { createRound } from "../rounds";
import { returnRound, signOffRound } from "../round-signoff";
import { arrangeAssessment, bulkUpdate } from "../round-work";

const STATUSES = Object.values(AssessmentStatus).filter((s) => s !== "draft") as [string, ...string[]];
const unexpected = (t: Awaited<ReturnType<typeof getTranslations<"admin">>>) => (id: string) =>
  t("errors.generic", { id });

export async function createRoundAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("admin");
  const t = await getTranslations("rounds.create.errors");
  const schema = z.object({
    name: z.string().trim().min(1).max(ROUND_NAME_MAX),
    ruleset: z.enum(RULESET_IDS as unknown as [string, ...string[]]),
    tier: z.enum(TIER_IDS as unknown as [string, ...string[]]),
    deadline: z
      .string()
      .max(40)
      .transform((s, ctx) => filterDate(s) ?? (ctx.addIssue({ code: "custom" }), z.NEVER)),
    quota: z.union([z.literal("").transform(() => null), z.coerce.number().int().min(1).max(QUOTA_MAX)]),
  });
  const spec = {
    name: "round-create",
    schema,
    echo: ["name", "ruleset", "tier", "deadline", "quota"],
    invalid: (field: string) => t(field === "form" ? "name" : (field as "name")),
    unexpected: unexpected(await getTranslations("admin")),
  };
  let created: string | undefined;
  const state = await runFormAction(spec, data, async (input, values) => {
    const result = await createRound(await getPrisma(), session, {
      name: input.name,
      rulesetId: input.ruleset,
      tier: input.tier,
      deadline: input.deadline,
      quota: input.quota,
    });
    if (result.kind === "invalid_tier") return fail("tier", t("invalid_tier"), values);
    if (result.kind === "name_unstorable") return fail("name", t("name"), values);
    created = result.id;
    revalidatePath("/admin/rounds");
    return { status: "done", message: "", at: Date.now() };
  });
  if (created) redirect(`/admin/rounds/${created}`);
  return state;
}

export async function addToRoundAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const t = await getTranslations("rounds.add");
  const spec = {
    name: "round-add",
    schema: z.object({ round: z.uuid(), references: z.string().max(20_000) }),
    echo: ["references"],
    invalid: (field: string) => t(field === "round" ? "errors.not_found" : "errors.too_many"),
    unexpected: unexpected(await getTranslations("admin")),
  };
  return runFormAction(spec, data, async (input, values) => {
    const result = await addToRound(await getPrisma(), session, input.round, input.references);
    if (result.kind === "refused") {
      const join = (await getTranslations("rounds"))("join");
      const parts = (["unknown", "otherRuleset", "otherRound"] as const)
        .filter((k) => result[k].length)
        .map((k) => t(`errors.${k}`, { references: result[k].join(join) }));
      return fail("references", t("errors.refused", { list: parts.join(t("errors.separator")) }), values);
    }
    if (result.kind !== "added") return fail("references", t(`errors.${result.kind}`), values);
    revalidatePath(`/admin/rounds/${input.round}`);
    return { status: "done", message: t("done", { count: result.count }), at: Date.now() };
  });
}

/** The queue's form: the chosen applications as "id:version", a status and/or an assignee, one note. */
export async function bulkAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const t = await getTranslations("rounds.queue.bulk");
  const item = z
    .string()
    .regex(/^[0-9a-f-]{36}:\d{1,9}$/i)
    .transform((s) => ({ id: s.slice(0, 36), version: Number(s.slice(37)) }))
    .pipe(z.object({ id: z.uuid(), version: z.number().int().min(1) }));
  const schema = z.object({
    round: z.uuid(),
    items: z.array(item).max(500),
    to: z.union([z.literal(""), z.enum(STATUSES)]),
    assignee: z.union([z.literal(""), z.literal("none"), z.uuid()]),
    note: z.string().max(20_000),
  });
  const form = { ...Object.fromEntries(data.entries()), items: data.getAll("items").map(String) };
  const values = {
    items: form.items.join(","),
    to: String(data.get("to") ?? ""),
    assignee: String(data.get("assignee") ?? ""),
    note: String(data.get("note") ?? ""),
  };
  const parsed = schema.safeParse(form);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "form");
    const message =
      field === "to" ? t("errors.to") : field === "assignee" ? t("errors.assignee") : t("errors.not_found");
    return fail(field === "to" || field === "assignee" ? field : "items", message, values);
  }
  const input = parsed.data;
  const prisma = await getPrisma();
  const result = await bulkUpdate(prisma, session, {
    roundId: input.round,
    items: input.items,
    to: input.to === "" ? null : (input.to as AssessmentStatus),
    assigneeId: input.assignee === "" ? undefined : input.assignee === "none" ? null : input.assignee,
    note: input.note,
  });
  if (result.kind !== "done") {
    const field = result.kind.startsWith("note")
      ? "note"
      : result.kind === "assignee_unavailable"
        ? "assignee"
        : "items";
    const message =
      "references" in result
        ? t(`errors.${result.kind}`, { references: result.references.join((await getTranslations("rounds"))("join")) })
        : t(`errors.${result.kind}`);
    return fail(field, message, values);
  }
  for (const id of result.requestIds) await mailInformationRequest(prisma, id);
  revalidatePath(`/admin/rounds/${input.round}`);
  return {
    status: "done",
    message: t("done", { changed: result.changed, assigned: result.assigned }),
    at: Date.now(),
  };
}

const signoffSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1), note: z.string().max(20_000) });

export async function signOffAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const t = await getTranslations("rounds.signoff");
  const spec = {
    name: "round-signoff",
    schema: signoffSchema,
    echo: ["note"],
    invalid: (field: string) => t(field === "note" ? "errors.note_too_long" : "errors.not_found"),
    unexpected: unexpected(await getTranslations("admin")),
  };
  return runFormAction(spec, data, async (input, values) => {
    const result = await signOffRound(await getPrisma(), session, input);
    if (result.kind !== "signed")
      return fail(result.kind.startsWith("note") ? "note" : "form", t(`errors.${result.kind}`), values);
    revalidatePath(`/admin/rounds/${input.id}`);
    return {
      status: "done",
      message: t("done", { step: (await getTranslations("rounds.step"))(result.stage) }),
      at: Date.now(),
    };
  });
}

export async function returnAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const t = await getTranslations("rounds.signoff");
  const spec = {
    name: "round-return",
    schema: signoffSchema,
    echo: ["note"],
    invalid: (field: string) => t(field === "note" ? "errors.note_too_long" : "errors.not_found"),
    unexpected: unexpected(await getTranslations("admin")),
  };
  return runFormAction(spec, data, async (input, values) => {
    const result = await returnRound(await getPrisma(), session, input);
    if (result.kind !== "returned")
      return fail(result.kind.startsWith("note") ? "note" : "form", t(`errors.${result.kind}`), values);
    revalidatePath(`/admin/rounds/${input.id}`);
    return { status: "done", message: t("returnedDone"), at: Date.now() };
  });
}

export async function arrangeAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("reviewer");
  const t = await getTranslations("rounds.arrange");
  const spec = {
    name: "arrange",
    schema: z.object({
      id: z.uuid(),
      round: z.union([z.literal(""), z.uuid()]),
      assignee: z.union([z.literal(""), z.uuid()]),
      city: z.string().max(200),
    }),
    echo: ["round", "assignee", "city"],
    invalid: (field: string) =>
      t(
        field === "round"
          ? "errors.round"
          : field === "assignee"
            ? "errors.assignee"
            : field === "city"
              ? "errors.city_invalid"
              : "errors.not_found",
      ),
    unexpected: unexpected(await getTranslations("admin")),
  };
  return runFormAction(spec, data, async (input, values) => {
    const result = await arrangeAssessment(await getPrisma(), session, {
      id: input.id,
      roundId: input.round || null,
      assigneeId: input.assignee || null,
      city: input.city,
    });
    if (result.kind !== "changed" && result.kind !== "unchanged") {
      const field = result.kind.startsWith("round")
        ? "round"
        : result.kind.startsWith("assignee")
          ? "assignee"
          : "city";
      return fail(field, t(`errors.${result.kind}`), values);
    }
    revalidatePath(`/admin/assessments/${input.id}`);
    return { status: "done", message: t("done"), at: Date.now() };
  });
}
