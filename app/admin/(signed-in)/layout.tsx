import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireAdminPage } from "@/lib/auth/guards";
import { config } from "@/lib/config";
import { SessionTimeout } from "@/lib/ui/admin/session-timeout";

// The guard here keeps the frame from showing to anyone; each page checks again, since a client
// navigation between pages does not render this layout anew.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const session = await requireAdminPage("reviewer");
  const t = await getTranslations("admin");
  const link = "font-semibold text-brand-800 underline";
  return (
    <div className="space-y-6">
      <nav
        aria-label={t("nav.label")}
        className="flex flex-wrap items-center justify-between gap-3 border-b-2 border-gray-300 pb-3"
      >
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link href="/admin/assessments" className={link}>
              {t("nav.assessments")}
            </Link>
          </li>
          <li>
            <Link href="/admin/rounds" className={link}>
              {t("nav.rounds")}
            </Link>
          </li>
          <li>
            <Link href="/admin/screening" className={link}>
              {t("nav.screening")}
            </Link>
          </li>
          <li>
            <Link href="/admin/insights" className={link}>
              {t("nav.insights")}
            </Link>
          </li>
          <li>
            <Link href="/admin/audit" className={link}>
              {t("nav.audit")}
            </Link>
          </li>
          {session.role === "admin" ? (
            <li>
              <Link href="/admin/users" className={link}>
                {t("nav.users")}
              </Link>
            </li>
          ) : null}
          {session.role === "admin" ? (
            <li>
              <Link href="/admin/imports" className={link}>
                {t("nav.imports")}
              </Link>
            </li>
          ) : null}
        </ul>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span data-testid="signed-in-as">
            {t("nav.signedInAs", { email: session.email, role: t(`roles.${session.role}`) })}
          </span>
          <form action="/api/v1/auth/logout" method="post">
            <button type="submit" className="rounded border-2 border-gray-800 px-3 py-1 font-semibold">
              {t("nav.signOut")}
            </button>
          </form>
        </div>
      </nav>
      <SessionTimeout
        idleMs={config().adminSession.idleMs}
        expiresAt={session.expiresAt.toISOString()}
        locale={await getLocale()}
        labels={{
          warning: t.raw("timeout.warning") as string,
          stay: t("timeout.stay"),
          ended: t("timeout.ended"),
          signInAgain: t("timeout.signInAgain"),
        }}
      />
      {children}
    </div>
  );
}
