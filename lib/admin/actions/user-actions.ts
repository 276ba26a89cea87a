"use server";
// The users page's server actions: admins only, checked here as well as on the page.
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { requireAdminAction } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { logError } from "@/lib/log";
import { valuesOf, type FormState } from "@/lib/ui/admin/form-state";
import { createUser } from "../create-user";
import { updateUser, type UserChange } from "../update-user";

const fail = (field: string, message: string, values: Record<string, string>): FormState => ({
  status: "error",
  errors: [{ field, message }],
  values,
});

export async function createUserAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("admin");
  const t = await getTranslations("admin");
  const values = valuesOf(data, ["email", "role"]);
  try {
    const result = await createUser(
      await getPrisma(),
      { userId: session.userId, email: session.email },
      { ...values, role: values.role ?? "", email: values.email ?? "", password: String(data.get("password") ?? "") },
    );
    if (result.kind === "weak_password") return fail("password", t(`password.${result.problem}`), values);
    if (result.kind === "invalid_email" || result.kind === "exists")
      return fail("email", t(`users.errors.${result.kind}`), values);
    if (result.kind === "invalid_role") return fail("role", t("users.errors.invalid_role"), values);
    revalidatePath("/admin/users");
    return { status: "done", message: t("users.created", { email: result.email }), at: Date.now() };
  } catch (error) {
    return fail("email", t("errors.generic", { id: logError(error, { action: "createUser" }) }), values);
  }
}

export async function updateUserAction(_: FormState, data: FormData): Promise<FormState> {
  const session = await requireAdminAction("admin");
  const t = await getTranslations("admin");
  const id = String(data.get("id") ?? "");
  const kind = String(data.get("change") ?? "");
  const values = valuesOf(data, ["role"]);
  const change: UserChange | null =
    kind === "role"
      ? { kind: "role", role: values.role ?? "" }
      : kind === "disable" || kind === "enable"
        ? { kind: "disabled", disabled: kind === "disable" }
        : kind === "password"
          ? { kind: "password", password: String(data.get("password") ?? "") }
          : null;
  const field = kind === "password" ? "password" : kind === "role" ? "role" : "change";
  if (!change) return fail(field, t("users.errors.not_found"), values);
  try {
    const result = await updateUser(await getPrisma(), { userId: session.userId, email: session.email }, id, change);
    if (result.kind === "weak_password") return fail(field, t(`password.${result.problem}`), values);
    if (result.kind !== "saved") return fail(field, t(`users.errors.${result.kind}`), values);
    revalidatePath(`/admin/users/${id}`);
    revalidatePath("/admin/users");
    return { status: "done", message: t("users.saved"), at: Date.now() };
  } catch (error) {
    return fail(field, t("errors.generic", { id: logError(error, { action: "updateUser" }) }), values);
  }
}
