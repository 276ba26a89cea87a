import { getTranslations } from "next-intl/server";

/** Said wherever sample firms are shown, so nobody takes them for the official list. */
export async function SampleNotice() {
  const t = await getTranslations("enterprises.sample");
  return (
    <aside
      aria-labelledby="sample-title"
      className="rounded border-l-8 border-amber-600 bg-amber-50 p-4"
      data-testid="sample-notice"
    >
      <h2 id="sample-title" className="font-bold">
        {t("title")}
      </h2>
      <p>{t("text")}</p>
    </aside>
  );
}

export async function SampleBadge() {
  const t = await getTranslations("enterprises.sample");
  return (
    <span className="ml-2 rounded border border-amber-700 bg-amber-50 px-1.5 text-xs font-semibold text-amber-900">
      {t("badge")}
    </span>
  );
}
