import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ToConfirm } from "@/lib/report/to-confirm";
import { fieldId } from "@/lib/ui/questionnaire/field-ids";
import { askedLabel } from "@/lib/criteria/facts/display";

type Props = { items: ToConfirm[]; assessmentId: string; editable: boolean; assessmentYear: number | null };

/** Answers given as "don't know", each with the way back to its question while still a draft. */
export async function ToConfirmView({ items, assessmentId, editable, assessmentYear }: Props) {
  const t = await getTranslations("report");
  const locale = await getLocale();
  return (
    <section aria-labelledby="confirm-title" className="break-inside-avoid">
      <h2 id="confirm-title" className="mb-2 text-xl font-bold">
        {t("toConfirmTitle")}
      </h2>
      {items.length === 0 ? (
        <p>{t("toConfirmNone")}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-muted">
            {editable
              ? t("toConfirmIntro")
              : `${t("toConfirmIntro")}${locale === "en" ? " " : ""}${t("confirmSubmitted")}`}
          </p>
          <ul className="space-y-1" data-testid="to-confirm">
            {items.map((i) => (
              <li key={i.path} className="flex flex-wrap items-baseline gap-2">
                <span>{askedLabel(i.path, locale, assessmentYear)}</span>
                {i.decisive ? (
                  <span className="rounded border border-amber-700 px-1 text-xs font-semibold text-amber-900">
                    {t("decisive")}
                  </span>
                ) : null}
                {editable ? (
                  <Link
                    href={`/assess/${assessmentId}/${i.step}?return=check#${fieldId(i.path)}`}
                    className="no-print text-sm text-brand-800 underline"
                  >
                    {t("confirmLink")}
                    <span className="sr-only">{` ${askedLabel(i.path, locale, assessmentYear)}`}</span>
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
