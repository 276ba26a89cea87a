import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { heldToken } from "@/lib/assessments/access-cookie";
import { loadHeldAssessment } from "@/lib/assessments/load-held";
import { firstIncomplete, isReachable, previousStep, progress } from "@/lib/questionnaire/journey";
import { findStep } from "@/lib/questionnaire/steps";
import { stepTexts } from "@/lib/questionnaire/step-texts";
import { NoAccess } from "@/lib/ui/no-access";
import { StepForm } from "@/lib/ui/questionnaire/step-form";
import { ResumeBox } from "@/lib/ui/resume-box";

type Props = {
  params: Promise<{ id: string; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function StepPage({ params, searchParams }: Props) {
  const { id, step: stepId } = await params;
  const returnToCheck = (await searchParams).return === "check";
  const step = findStep(stepId);
  if (!step) notFound();
  const held = await loadHeldAssessment(id);
  if (!held) return <NoAccess />;
  if (held.status !== "draft") redirect(`/assess/${id}/result`);
  // The journey is derived from the answers: no skipping ahead by URL.
  if (!isReachable(step.id, held.answers)) redirect(`/assess/${id}/${firstIncomplete(held.answers)}`);

  const t = await getTranslations();
  const { index, total } = progress(step.id);
  const year = typeof held.answers.assessmentYear === "number" ? held.answers.assessmentYear : null;
  const previous = previousStep(step.id);
  // The form's own words; the questions' texts come with the fact catalogue.
  const { questionnaire } = await getMessages();
  return (
    <div className="max-w-3xl">
      <p className="mb-1 text-muted">{t("questionnaire.progress", { index, total })}</p>
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t(`steps.${step.id}.title`)}</h1>
      <p className="mb-8">{t(`steps.${step.id}.intro`)}</p>
      <NextIntlClientProvider messages={{ questionnaire }}>
        <StepForm
          id={id}
          step={step}
          texts={stepTexts(step, await getLocale(), year)}
          answers={held.answers}
          version={held.version}
          savedAt={held.version > 1 ? held.updatedAt.toISOString() : null}
          returnToCheck={returnToCheck}
          backHref={returnToCheck ? `/assess/${id}/check` : previous ? `/assess/${id}/${previous}` : null}
        />
      </NextIntlClientProvider>
      <ResumeBox reference={held.reference} token={await heldToken(id)} />
    </div>
  );
}
