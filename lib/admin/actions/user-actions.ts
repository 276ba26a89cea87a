"use server";
// The users page's server actions: admins only, checked here as well as on the page; each form
// parsed with zod before anything else.
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdminAction } from "@/lib/auth/guards";
import { ROLES } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";
import { fail, runFormAction } from "@/lib/http/form-state";
import type { FormState } from "@/lib/http/form-types";
import { createUser } from "../create-user";
import { updateUser, type UserChange } from "../update-user";

const role = z.enum(ROLES as [string, ...string[]]);
const createInput = z.object({ email: z.string().max(254), role, password: z.string().max(1024) });
const updateInput = z.discriminatedUnion("change", [
  z.object({ id: z.uuid(), change: z.literal("role"), role }),
  // Disabling signs the user out at once: the form asks to confirm it first.
  z.object({ id: z.uuid(), change: z.literal("disable"), confirm: z.literal("yes") }),
  z.object({ id: z.uuid(), change: z.literal("enable") }),
  z.object({ id: z.uuid(), change: z.literal("password"), password: z.string().max(1024) }),
]);

export async function createUserAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("admin");
  const t = await getTranslations("admin");
  const spec = {
    name: "createUser",
    schema: createInput,
    echo: ["email", "role"],
    invalid: (field: string) => t(field === "role" ? "users.errors.invalid_role" : "users.errors.invalid_email"),
    unexpected: (id: string) => t("errors.generic", { id }),
  };
  return runFormAction(spec, data, async (input, values) => {
    const result = await createUser(await getPrisma(), { userId: session.userId, email: session.email }, input);
    if (result.kind === "weak_password") return fail("password", t(`password.${result.problem}`), values);
    if (result.kind === "invalid_email" || result.kind === "exists")
      return fail("email", t(`users.errors.${result.kind}`), values);
    if (result.kind === "invalid_role") return fail("role", t("users.errors.invalid_role"), values);
    revalidatePath("/admin/users");
    return { status: "done", message: t("users.created", { email: result.email }), at: Date.now() };
  });
}

export async function updateUserAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("admin");
  const t = await getTranslations("admin");
  const kind = String(data.get("change") ?? "");
  const field = kind === "password" ? "password" : kind === "role" ? "role" : kind === "disable" ? "confirm" : "change";
  const spec = {
    name: "updateUser",
    schema: updateInput,
    echo: ["role"],
    invalid: (f: string) =>
      t(
        f === "role"
          ? "users.errors.invalid_role"
          : f === "confirm"
            ? "users.errors.confirm_disable"
            : "users.errors.not_found",
      ),
    unexpected: (id: string) => t("errors.generic", { id }),
  };
  return runFormAction(spec, data, async (input, values) => {
    const change: UserChange =
      input.change === "role"
        ? { kind: "role", role: input.role }
        : input.change === "password"
          ? { kind: "password", password: input.password }
          : { kind: "disabled", disabled: input.change === "disable" };
    const actor = { userId: session.userId, email: session.email };
    const result = await updateUser(await getPrisma(), actor, input.id, change);
    if (result.kind === "weak_password") return fail(field, t(`password.${result.problem}`), values);
    if (result.kind !== "saved") return fail(field, t(`users.errors.${result.kind}`), values);
    revalidatePath(`/admin/users/${input.id}`);
    revalidatePath("/admin/users");
    return { status: "done", message: t("users.saved"), at: Date.now() };
  });
}
