import { CopyAssessmentForm } from "@/lib/ui/copy-assessment-form";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

/**
 * A step of a submitted assessment (reached by Back, a bookmark or another tab): its answers are
 * frozen, so say so, and offer the result and a new draft from the same answers.
 */
export async function SubmittedNotice({ id, reference }: { id: string; reference: string }) {
  const t = await getTranslations();
  return (
    <div className="max-w-3xl space-y-4" data-testid="submitted-notice">
      <h1 id="step-heading" tabIndex={-1} className="text-2xl font-bold focus:outline-none sm:text-3xl">
        {t("questionnaire.submittedTitle")}
      </h1>
      <p>{t("questionnaire.submittedText", { reference })}</p>
      <p>
        <Link href={`/assess/${id}/result`} className="font-semibold text-brand-800 underline">
          {t("questionnaire.submittedResult")}
        </Link>
      </p>
      <CopyAssessmentForm id={id} label={t("report.copy")} />
    </div>
  );
}
