import { getLocale, getTranslations } from "next-intl/server";
import { tierTitle as titleOf } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import type { Report } from "@/lib/report/build-report";
import { CriterionCard } from "@/lib/ui/report/criterion-card";
import { DetailsOpener } from "@/lib/ui/report/details-opener";
import { LadderView } from "@/lib/ui/report/ladder-view";
import { DecisionView } from "@/lib/ui/report/decision-view";
import { criterionAnchor, PlanView } from "@/lib/ui/report/plan-view";
import { ScoreBars } from "@/lib/ui/report/score-bars";
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
  const t = await getTranslations("report");
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
      {report.evaluation.tiers.map((tier) => {
        const count = (o: (outcome: string) => boolean) => tier.criteria.filter((c) => o(c.outcome)).length;
        return (
          <section key={tier.id} aria-labelledby={`tier-${tier.id}`} data-testid={`tier-${tier.id}`}>
            <details className="group">
              <summary className="cursor-pointer list-item">
                <h2 id={`tier-${tier.id}`} className="inline text-xl font-bold">
                  {t("criteriaTitle", { tier: tier.title })}
                </h2>
                <span className="block text-sm text-muted">
                  {t("tierSummary", {
                    met: String(count((o) => o === "met")),
                    notMet: String(count((o) => o === "not_met")),
                    open: String(count((o) => o === "unknown" || o === "manual")),
                  })}
                </span>
              </summary>
              {tier.score ? <ScoreBars score={tier.score} tierTitle={tier.title} /> : null}
              <ul>
                {tier.criteria.map((c) => (
                  <CriterionCard
                    key={c.id}
                    criterion={c}
                    anchor={criterionAnchor(tier.id, c.id)}
                    assessmentYear={year}
                    answers={answers}
                  />
                ))}
              </ul>
            </details>
          </section>
        );
      })}
      <ConfidenceNotes evaluation={report.evaluation} />
    </>
  );
}
