import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { heldToken } from "@/lib/assessments/access-cookie";
import { loadHeldAssessment } from "@/lib/assessments/load-held";
import { mergedReplyCase } from "@/lib/assessments/service";
import { firstIncomplete, isReachable, previousStep, progress } from "@/lib/questionnaire/journey";
import { findStep } from "@/lib/questionnaire/steps";
import { stepTexts } from "@/lib/questionnaire/step-texts";
import { StepForm } from "@/lib/ui/questionnaire/step-form";
import { ResumeBox } from "@/lib/ui/resume-box";
import { SubmittedNotice } from "@/lib/ui/questionnaire/submitted-notice";
import { keptTextIssues, stepValues } from "@/lib/questionnaire/step-values";

type Props = {
  params: Promise<{ id: string; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** "第5步，共12步：财务情况": each page its own title (a phone's title bar shows nothing else). */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const step = findStep((await params).step);
  if (!step) return {};
  const t = await getTranslations();
  const { index, total } = progress(step.id);
  const title = t("questionnaire.pageTitle", { index, total, step: t(`steps.${step.id}.title`) });
  // A plain-form post that was refused comes back with ?errors=1: the title says so first.
  const refused = (await searchParams).errors === "1";
  return { title: refused ? t("questionnaire.errorTitlePrefix") + title : title };
}

export default async function StepPage({ params, searchParams }: Props) {
  const { id, step: stepId } = await params;
  const query = await searchParams;
  const returnToCheck = query.return === "check";
  const step = findStep(stepId);
  if (!step) notFound();
  const held = await loadHeldAssessment(id);
  if (!held) {
    // A reply already sent into its case (Back after sending it): the case's result.
    const merged = await mergedReplyCase(id);
    if (merged) redirect(`/assess/${merged}/result`);
    notFound(); // 404 with ../not-found.tsx: the resume link is the way in
  }
  if (held.status !== "draft") return <SubmittedNotice id={id} reference={held.reference} />;
  // The journey is derived from the answers: no skipping ahead by URL.
  if (!isReachable(step.id, held.answers)) redirect(`/assess/${id}/${firstIncomplete(held.answers)}`);

  const t = await getTranslations();
  const { index, total } = progress(step.id);
  const year = typeof held.answers.assessmentYear === "number" ? held.answers.assessmentYear : null;
  const previous = previousStep(step.id);
  // The form's own words; the questions' texts come with the fact catalogue.
  const { questionnaire } = await getMessages();
  // What was typed here and not valid yet comes back with its error; after a plain-form post that
  // was refused (?errors=1), every problem of the page shows, the unanswered questions included.
  const initial = stepValues(step.fields, held.answers, held.pending);
  const issues = keptTextIssues(step, initial, held.answers, held.pending, query.errors === "1");
  return (
    <div className="max-w-3xl">
      <p className="mb-1 text-muted">{t("questionnaire.progress", { index, total })}</p>
      <h1 id="step-heading" tabIndex={-1} className="mb-2 text-2xl font-bold focus:outline-none sm:text-3xl">
        {t(`steps.${step.id}.title`)}
      </h1>
      <p className="mb-8">{t(`steps.${step.id}.intro`)}</p>
      <NextIntlClientProvider messages={{ questionnaire }}>
        <StepForm
          id={id}
          step={step}
          texts={stepTexts(step, await getLocale(), year)}
          answers={held.answers}
          initial={initial}
          issues={issues}
          conflict={query.conflict === "1"}
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
