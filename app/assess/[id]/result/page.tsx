import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { loadHeldAssessment } from "@/lib/assessments/load-held";
import { latestRequest, replyDraftOf } from "@/lib/assessments/service";
import { criterionLabels, rulesets, tierTitle, type CriterionId } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { getAt } from "@/lib/questionnaire/answers";
import { firstIncomplete } from "@/lib/questionnaire/journey";
import { buildReport } from "@/lib/report/build-report";
import { ComparisonPanel } from "@/lib/ui/enterprises/comparison-panel";
import { CopyAssessmentForm } from "@/lib/ui/copy-assessment-form";
import { DiffView } from "@/lib/ui/report/diff-view";
import { GroupsView } from "@/lib/ui/report/groups-view";
import { LadderView } from "@/lib/ui/report/ladder-view";
import { DecisionView } from "@/lib/ui/report/decision-view";
import { PlanView } from "@/lib/ui/report/plan-view";
import { ConfidenceNotes } from "@/lib/ui/report/confidence-notes";
import { DetailsOpener } from "@/lib/ui/report/details-opener";
import { WhatNextView } from "@/lib/ui/report/what-next-view";
import { ReportHeader } from "@/lib/ui/report/report-header";
import { RulesetSwitch } from "@/lib/ui/report/ruleset-switch";
import { TierCriteria } from "@/lib/ui/report/tier-criteria";
import { ToConfirmView } from "@/lib/ui/report/to-confirm-view";
import { InformationRequestView } from "@/lib/ui/report/information-request-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : null);

export default async function ResultPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const held = await loadHeldAssessment(id);
  if (!held) notFound(); // 404 with ../not-found.tsx: the resume link is the way in
  if (held.status === "draft" && firstIncomplete(held.answers) !== "check")
    redirect(`/assess/${id}/${firstIncomplete(held.answers)}`);
  const locale = await getLocale();
  const today = chinaToday();
  const report = buildReport(held, {
    locale,
    today,
    ruleset: one(query.ruleset),
    compare: one(query.compare),
  });
  if (!report) redirect(`/assess/${id}/check`);

  // A reviewer's request for more information, and whether a reply to it is being written.
  const request = held.status === "draft" ? null : await latestRequest(id);
  const replyStarted = request && !request.answeredAt ? (await replyDraftOf(id)) !== null : false;

  const t = await getTranslations("report");
  const titleOf = (rs: string) => rulesets.find((r) => r.id === rs)?.title[locale] ?? rs;
  const tierName = (tier: string) => tierTitle(locale, report.ruleset, tier as "little-giant");
  const year = typeof held.answers.assessmentYear === "number" ? held.answers.assessmentYear : null;
  const company = getAt(held.answers, "company.name");
  const passOn = new URLSearchParams(
    Object.entries({ ruleset: one(query.ruleset), compare: one(query.compare) }).filter((e): e is [string, string] =>
      Boolean(e[1]),
    ),
  ).toString();
  return (
    <div className="max-w-4xl space-y-10">
      <ReportHeader
        report={report}
        company={typeof company === "string" ? company : null}
        rulesetTitle={titleOf(report.ruleset)}
        pdfUnavailable={query.pdf === "unavailable"}
        query={passOn ? `?${passOn}` : ""}
      />
      {query.submitted === "1" && !report.assessment.preview ? (
        <p role="status" className="border-l-8 border-green-700 bg-green-50 p-3 font-semibold" data-testid="submitted">
          {t("submittedConfirm", { reference: report.assessment.reference })}{" "}
          <a href="#what-next-title" className="text-brand-800 underline">
            {t("whatNextTitle")}
          </a>
        </p>
      ) : null}
      {query.replied === "1" ? (
        <p role="status" className="border-l-8 border-green-700 bg-green-50 p-3 font-semibold" data-testid="replied">
          {t("information.replied")}
        </p>
      ) : null}
      {/* Just replied: that confirmation says it all; the request's own "answered on" line would repeat it. */}
      {request && !(query.replied === "1" && request.answeredAt) ? (
        <InformationRequestView
          assessmentId={id}
          status={held.status}
          request={request}
          ruleset={report.ruleset}
          replyStarted={replyStarted}
        />
      ) : null}
      {report.correction ? (
        <DiffView
          diff={report.correction}
          tierTitle={tierName}
          title={t("correctionTitle")}
          left={t("correctionFrozen")}
          right={t("correctionNow")}
          testId="correction-diff"
        />
      ) : null}
      <DecisionView plan={report.plan} assessmentId={id} editable={report.assessment.preview} assessmentYear={year} />
      <LadderView rungs={report.ladder} tierTitle={tierName} />
      <PlanView
        plan={report.plan}
        assessmentId={id}
        editable={report.assessment.preview}
        assessmentYear={year}
        application={report.application}
        round={report.round}
        tierTitle={tierName}
        today={Number(today.slice(0, 4))}
      />
      <ToConfirmView
        items={report.toConfirm}
        assessmentId={id}
        editable={report.assessment.preview}
        assessmentYear={year}
      />
      {!report.assessment.preview ? (
        <WhatNextView
          application={report.application}
          materials={report.materials}
          labelOf={(cid) => criterionLabels[locale][cid as CriterionId]}
        />
      ) : null}
      <GroupsView groups={report.groups} rulesetTitle={titleOf(report.ruleset)} />
      <ComparisonPanel answers={held.answers} assessmentId={id} headingLevel={2} />
      {report.diff ? (
        <DiffView
          diff={report.diff}
          tierTitle={tierName}
          title={t("diffTitle", { left: titleOf(report.diff.left), right: titleOf(report.diff.right) })}
          left={titleOf(report.diff.left)}
          right={titleOf(report.diff.right)}
          testId="ruleset-diff"
        />
      ) : null}
      <RulesetSwitch report={report} basePath={`/assess/${id}/result`} />
      <DetailsOpener />
      {report.evaluation.tiers.map((tier) => (
        <TierCriteria key={tier.id} tier={tier} assessmentYear={year} answers={held.answers} newPage />
      ))}
      <ConfidenceNotes evaluation={report.evaluation} />
      {!report.assessment.preview ? (
        <section aria-labelledby="copy-title" className="no-print rounded border border-gray-300 p-4">
          <h2 id="copy-title" className="font-bold">
            {t("copyTitle")}
          </h2>
          <p className="my-2">{t("copyText")}</p>
          <CopyAssessmentForm id={id} label={t("copy")} />
        </section>
      ) : null}
      <p className="text-sm text-muted">{t("disclaimer")}</p>
    </div>
  );
}
