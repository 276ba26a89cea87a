import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { updateUserAction } from "@/lib/admin/actions/user-actions";
import { getUser } from "@/lib/admin/service";
import { requireAdminPage } from "@/lib/auth/guards";
import { ROLES } from "@/lib/auth/roles";
import { ActionForm } from "@/lib/ui/admin/action-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("editTitle") };
}

export default async function UserPage({ params }: Props) {
  const { id } = await params;
  await requireAdminPage("admin", `/admin/users/${id}`);
  const t = await getTranslations("admin");
  const user = await getUser(id);
  if (!user) notFound();
  const common = { action: updateUserAction, summaryTitle: t("errors.summaryTitle") };
  return (
    <div className="max-w-xl space-y-8">
      <p>
        <Link href="/admin/users" className="text-brand-800 underline">
          {t("users.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("users.editTitle")}</h1>
      <p data-testid="user-state">
        {t("users.current", {
          email: user.email,
          role: t(`roles.${user.role}`),
          state: user.disabledAt ? t("users.disabled") : t("users.active"),
        })}
      </p>
      <section aria-labelledby="role-title" className="space-y-3">
        <h2 id="role-title" className="text-xl font-bold">
          {t("users.changeRole")}
        </h2>
        <ActionForm
          {...common}
          id="user-role"
          hidden={{ id, change: "role" }}
          submitLabel={t("users.saveRole")}
          fields={[
            {
              name: "role",
              label: t("users.role"),
              kind: "select",
              options: ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
              defaultValue: user.role,
            },
          ]}
        />
      </section>
      <section aria-labelledby="password-title" className="space-y-3">
        <h2 id="password-title" className="text-xl font-bold">
          {t("users.resetPassword")}
        </h2>
        <ActionForm
          {...common}
          id="user-password"
          hidden={{ id, change: "password" }}
          submitLabel={t("users.savePassword")}
          fields={[
            {
              name: "password",
              label: t("users.newPassword"),
              hint: t("users.passwordHint"),
              kind: "password",
              autoComplete: "new-password",
              required: true,
            },
          ]}
        />
      </section>
      <section aria-labelledby="state-title" className="space-y-3">
        <h2 id="state-title" className="text-xl font-bold">
          {user.disabledAt ? t("users.enable") : t("users.disable")}
        </h2>
        {!user.disabledAt ? <p>{t("users.disableText")}</p> : null}
        <ActionForm
          {...common}
          id="user-state-form"
          hidden={{ id, change: user.disabledAt ? "enable" : "disable" }}
          fields={
            user.disabledAt
              ? []
              : [
                  {
                    name: "confirm",
                    label: t("users.disableConfirm", { email: user.email }),
                    kind: "checkbox",
                    required: true,
                  },
                ]
          }
          submitLabel={user.disabledAt ? t("users.enable") : t("users.disable")}
        />
      </section>
    </div>
  );
}
