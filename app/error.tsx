"use client";

import { useTranslations } from "next-intl";

/** Shown when a page fails on the server. The digest lets support find the logged error. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("text")}</p>
      {error.digest ? <p className="text-sm text-muted">{t("reference", { id: error.digest })}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {t("retry")}
      </button>
    </div>
  );
}
