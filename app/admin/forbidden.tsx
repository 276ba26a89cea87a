import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** Shown (with status 403) when a signed-in account's role does not allow the page. */
export default async function Forbidden() {
  const t = await getTranslations("admin.forbidden");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/admin/assessments" className="text-brand-800 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
