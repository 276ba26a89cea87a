"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SaveState } from "./use-step-saver";

/** "Saved at 14:32", announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations("questionnaire");
  const locale = useLocale();
  const time = state.savedAt
    ? new Intl.DateTimeFormat(locale, {
        hour: "2-digit",
        minute: "2-digit",
        hour12: false,
        timeZone: "Asia/Shanghai",
      }).format(new Date(state.savedAt))
    : null;
  const text =
    state.kind === "saving"
      ? t("saving")
      : state.kind === "unsaved"
        ? t("notSaved")
        : !time
          ? ""
          : state.kind === "idle" && state.here && state.toCorrect
            ? t("savedWithIssues", { time })
            : state.kind === "idle" && state.here
              ? t("savedAt", { time })
              : t("lastSaved", { time });
  return (
    <p role="status" className="min-h-6 text-sm text-muted" data-testid="save-status">
      {text}
    </p>
  );
}
