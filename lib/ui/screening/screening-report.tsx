import { getLocale } from "next-intl/server";
import { tierTitle as titleOf } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import type { Report } from "@/lib/report/build-report";
import { DetailsOpener } from "@/lib/ui/report/details-opener";
import { LadderView } from "@/lib/ui/report/ladder-view";
import { DecisionView } from "@/lib/ui/report/decision-view";
import { PlanView } from "@/lib/ui/report/plan-view";
import { TierCriteria } from "@/lib/ui/report/tier-criteria";
import { ConfidenceNotes } from "@/lib/ui/report/confidence-notes";
import { ToConfirmView } from "@/lib/ui/report/to-confirm-view";

/**
 * A screened firm's report: the same parts, per criterion, as a submitted assessment's (the
 * decision, the ladder, the plan, the answers to confirm, every criterion with its figures,
 * working, source and confidence), without the links into a questionnaire it never had.
 */
export async function ScreeningReport({
  report,
  answers,
  reportId,
}: {
  report: Report;
  answers: Record<string, unknown>;
  reportId: string;
}) {
  const locale = await getLocale();
  const tierName = (tier: string) => titleOf(locale, report.ruleset, tier as "little-giant");
  const year = typeof answers.assessmentYear === "number" ? answers.assessmentYear : null;
  const common = { plan: report.plan, assessmentId: reportId, editable: false, assessmentYear: year };
  return (
    <>
      <DecisionView {...common} />
      <LadderView rungs={report.ladder} tierTitle={tierName} />
      <PlanView
        {...common}
        application={report.application}
        round={report.round}
        tierTitle={tierName}
        today={Number(chinaToday().slice(0, 4))}
      />
      <ToConfirmView items={report.toConfirm} assessmentId={reportId} editable={false} assessmentYear={year} />
      <DetailsOpener />
      {report.evaluation.tiers.map((tier) => (
        <TierCriteria key={tier.id} tier={tier} assessmentYear={year} answers={answers} />
      ))}
      <ConfidenceNotes evaluation={report.evaluation} />
    </>
  );
}
