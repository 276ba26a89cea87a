"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/** Shown when another tab or device saved first: nothing here was saved, and nothing is lost. */
export function ConflictNotice({ onKeepMine }: { onKeepMine: () => void }) {
  const t = useTranslations("questionnaire");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="conflict-title"
      className="mb-8 border-4 border-amber-600 bg-amber-50 p-4 focus:outline-none"
    >
      <h2 id="conflict-title" className="text-lg font-bold">
        {t("conflictTitle")}
      </h2>
      <p className="my-2">{t("conflictText")}</p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onKeepMine}
          className="rounded border-2 border-gray-800 bg-white px-4 py-2 font-semibold"
        >
          {t("conflictKeepMine")}
        </button>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="rounded border-2 border-gray-800 bg-white px-4 py-2 font-semibold"
        >
          {t("conflictReload")}
        </button>
      </div>
    </div>
  );
}
