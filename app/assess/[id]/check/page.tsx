import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { rulesetInForce } from "@/lib/criteria";
import { submitAssessmentAction } from "@/lib/assessments/actions";
import { heldToken } from "@/lib/assessments/access-cookie";
import { loadHeldAssessment } from "@/lib/assessments/load-held";
import { chinaToday } from "@/lib/criteria/today";
import { getAt } from "@/lib/questionnaire/answers";
import { firstIncomplete, visibleFields } from "@/lib/questionnaire/journey";
import { steps } from "@/lib/questionnaire/steps";
import { NoAccess } from "@/lib/ui/no-access";
import { fieldId } from "@/lib/ui/questionnaire/field-ids";
import { askedLabel } from "@/lib/criteria/facts/display";
import { formatAnswer } from "@/lib/questionnaire/format-answer";
import { ResumeBox } from "@/lib/ui/resume-box";
import { SubmitButton } from "@/lib/ui/submit-button";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckPage({ params, searchParams }: Props) {
  const { id } = await params;
  const changed = (await searchParams).changed === "1";
  const held = await loadHeldAssessment(id);
  if (!held) return <NoAccess />;
  if (held.status !== "draft") redirect(`/assess/${id}/result`);
  const frontier = firstIncomplete(held.answers);
  if (frontier !== "check") redirect(`/assess/${id}/${frontier}`);

  const t = await getTranslations();
  const locale = await getLocale();
  const year = typeof held.answers.assessmentYear === "number" ? held.answers.assessmentYear : null;
  const ruleset = rulesetInForce(chinaToday());
  return (
    <div className="max-w-3xl">
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("check.title")}</h1>
      <p className="mb-6">{t("check.intro")}</p>
      {changed ? (
        <p role="alert" className="mb-6 border-l-4 border-amber-600 bg-amber-50 p-3 font-semibold">
          {t("check.changed")}
        </p>
      ) : null}
      {steps.map((step) => (
        <section key={step.id} aria-labelledby={`check-${step.id}`} className="mb-8">
          <h2 id={`check-${step.id}`} className="mb-2 text-xl font-bold">
            {t(`steps.${step.id}.title`)}
          </h2>
          <dl className="divide-y divide-gray-300 border-y border-gray-300">
            {visibleFields(step, held.answers).map((f) => {
              const label = askedLabel(f.path, locale, year);
              return (
                <div key={f.path} className="grid gap-1 py-2 sm:grid-cols-[2fr_2fr_auto] sm:gap-4">
                  <dt className="font-semibold">{label}</dt>
                  <dd className="break-words">{formatAnswer(f.path, getAt(held.answers, f.path), locale)}</dd>
                  <dd>
                    <Link
                      href={`/assess/${id}/${step.id}?return=check#${fieldId(f.path)}`}
                      className="text-brand-800 underline"
                    >
                      {t("check.change")}
                      <span className="sr-only"> {label}</span>
                    </Link>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      <section aria-labelledby="submit-title" className="mt-10">
        <h2 id="submit-title" className="mb-2 text-xl font-bold">
          {t("check.submitTitle")}
        </h2>
        <p className="mb-4">{t("check.submitText", { ruleset: ruleset.title[locale] })}</p>
        <p className="mb-4">
          <Link href={`/assess/${id}/result`} className="text-brand-800 underline">
            {t("check.preview")}
          </Link>
        </p>
        <form action={submitAssessmentAction}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={held.version} />
          <SubmitButton label={t("check.submit")} />
        </form>
      </section>
      <ResumeBox reference={held.reference} token={await heldToken(id)} />
    </div>
  );
}
