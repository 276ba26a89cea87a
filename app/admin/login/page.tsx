import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentAdmin } from "@/lib/auth/current-admin";
import { safeNext } from "@/lib/auth/return-path";
import { LoginForm } from "@/lib/ui/admin/login-form";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.login"))("title") };
}

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNext(params.next);
  if (await currentAdmin()) redirect(next);
  const t = await getTranslations("admin.login");
  const notice = params.signedOut === "1" ? t("signedOut") : params.expired === "1" ? t("expired") : null;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {notice ? (
        <p role="status" className="border-l-4 border-brand-700 bg-gray-50 p-3">
          {notice}
        </p>
      ) : null}
      <p>{t("intro")}</p>
      <LoginForm
        next={next}
        labels={{
          email: t("email"),
          password: t("password"),
          submit: t("submit"),
          errorTitle: t("errorTitle"),
          required: t("required"),
          invalid: t("invalid"),
          throttled: t.raw("throttled") as string,
          failed: t("failed"),
        }}
      />
    </div>
  );
}
