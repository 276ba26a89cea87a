import { getTranslations } from "next-intl/server";
import type { EvaluationResult } from "@/lib/criteria";
import { confidenceLevels } from "@/lib/criteria/labels/figure-notes";

/**
 * How sure each threshold's text is, said once per level used (criteria.md: the app carries the
 * confidence with every threshold and shows it). Each criterion card links its "※" mark here.
 */
export async function ConfidenceNotes({ evaluation }: { evaluation: Pick<EvaluationResult, "tiers"> }) {
  const t = await getTranslations("report");
  const levels = confidenceLevels(evaluation.tiers);
  if (levels.length === 0) return null;
  return (
    <section aria-labelledby="confidence-title" className="break-inside-avoid" data-testid="confidence-notes">
      <h2 id="confidence-title" className="mb-1 text-xl font-bold">
        {t("confidenceNotesTitle")}
      </h2>
      <p className="mb-2 text-sm text-muted">{t("confidenceNotesIntro")}</p>
      <ul className="space-y-2 text-sm">
        {levels.map(({ level, count }) => (
          <li key={level} id={`confidence-${level}`} className="scroll-mt-4">
            <span className={level === "confirmed" ? "font-semibold" : "font-semibold text-amber-900"}>
              {t(`confidenceMarker.${level}`)}
            </span>
            <span className="text-muted">{` · ${t("confidenceCount", { count })}`}</span>
            <span className="block">{t(`confidence.${level}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
