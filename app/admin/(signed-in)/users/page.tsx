import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { createUserAction } from "@/lib/admin/actions/user-actions";
import { listUsers } from "@/lib/admin/service";
import { requireAdminPage } from "@/lib/auth/guards";
import { ROLES } from "@/lib/auth/roles";
import { ActionForm } from "@/lib/ui/admin/action-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage() {
  await requireAdminPage("admin", "/admin/users");
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const users = await listUsers();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("users.title")}</h1>
      <p>{t("users.intro")}</p>
      <table className="hidden w-full border-collapse text-left text-sm md:table">
        <caption className="sr-only">{t("users.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            {(["email", "role", "state", "created"] as const).map((c) => (
              <th key={c} scope="col" className="py-2 pr-3">
                {t(`users.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-gray-300">
              <td className="py-2 pr-3">
                <Link
                  href={`/admin/users/${u.id}`}
                  className="font-semibold text-brand-800 underline"
                  aria-label={t("users.manage", { email: u.email })}
                >
                  {u.email}
                </Link>
              </td>
              <td className="py-2 pr-3">{t(`roles.${u.role}`)}</td>
              <td className="py-2 pr-3">{u.disabledAt ? t("users.disabled") : t("users.active")}</td>
              <td className="py-2 pr-3">
                {format.dateTime(u.createdAt, { dateStyle: "medium", timeZone: "Asia/Shanghai" })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* Below md, one card per account: a phone never scrolls sideways. */}
      <ul className="divide-y divide-gray-300 border-y border-gray-300 md:hidden" data-testid="user-cards">
        {users.map((u) => (
          <li key={u.id} className="space-y-1 py-3 text-sm">
            <Link
              href={`/admin/users/${u.id}`}
              className="font-semibold break-all text-brand-800 underline"
              aria-label={t("users.manage", { email: u.email })}
            >
              {u.email}
            </Link>
            <p>
              {[
                t(`roles.${u.role}`),
                u.disabledAt ? t("users.disabled") : t("users.active"),
                format.dateTime(u.createdAt, { dateStyle: "medium", timeZone: "Asia/Shanghai" }),
              ].join(" · ")}
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="create-title" className="max-w-xl space-y-3">
        <h2 id="create-title" className="text-xl font-bold">
          {t("users.create")}
        </h2>
        <ActionForm
          id="create-user"
          action={createUserAction}
          fields={[
            { name: "email", label: t("users.email"), kind: "email", autoComplete: "off", required: true },
            {
              name: "role",
              label: t("users.role"),
              kind: "select",
              options: ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
              defaultValue: "reviewer",
            },
            {
              name: "password",
              label: t("users.password"),
              hint: t("users.passwordHint"),
              kind: "password",
              autoComplete: "new-password",
              required: true,
            },
          ]}
          submitLabel={t("users.submit")}
          summaryTitle={t("errors.summaryTitle")}
        />
      </section>
    </div>
  );
}
