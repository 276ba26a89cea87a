import { getLocale, getTranslations } from "next-intl/server";
import { overrideAction } from "@/lib/admin/actions/assessment-actions";
import type { ReviewedTier } from "@/lib/admin/effective-evaluation";
import { OUTCOMES, valueLabel, type Locale } from "@/lib/criteria";
import { answerPathsOf } from "@/lib/report/criterion-answers";
import type { Answers } from "@/lib/questionnaire/answers";
import { ConfidenceNotes } from "@/lib/ui/report/confidence-notes";
import { CriterionCard } from "@/lib/ui/report/criterion-card";
import { criterionAnchor } from "@/lib/ui/report/plan-view";
import { ActionForm } from "./action-form";
import { answerAnchor, shownAnswerPaths } from "./answers-panel";

type Props = {
  id: string;
  tiers: ReviewedTier[];
  answers: Answers;
  canOverride: boolean;
};

/**
 * The evaluation as reviewed, criterion by criterion, in the words of the company's own report
 * (requirement, the firm's figures, the working, the gap, the source and how sure it is), each
 * linked to the answers it rests on; an override says who changed it and why, and (in review) a
 * form changes it.
 */
export async function TracePanel({ id, tiers, answers, canOverride }: Props) {
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const year = typeof answers.assessmentYear === "number" ? answers.assessmentYear : null;
  const shown = shownAnswerPaths(answers);
  const outcomeOptions = OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }));
  return (
    <section aria-labelledby="trace-title" className="min-w-0 space-y-6">
      <h2 id="trace-title" className="text-xl font-bold">
        {t("detail.evaluation")}
      </h2>
      {!canOverride ? <p className="text-sm text-muted">{t("override.onlyInReview")}</p> : null}
      {tiers.map((tier) => (
        <section key={tier.id} aria-labelledby={`tier-${tier.id}`} data-testid={`tier-${tier.id}`}>
          <h3 id={`tier-${tier.id}`} className="text-lg font-bold">
            {tier.title}
            {" · "}
            {tier.verdict === tier.originalVerdict
              ? t("detail.tierVerdict", { verdict: t(`verdict.${tier.verdict}`) })
              : t("detail.tierVerdictChanged", {
                  verdict: t(`verdict.${tier.verdict}`),
                  original: t(`verdict.${tier.originalVerdict}`),
                })}
          </h3>
          <ul>
            {tier.criteria.map((c) => {
              const related = answerPathsOf(c).filter((path) => shown.has(path));
              return (
                <CriterionCard
                  key={c.id}
                  criterion={c}
                  anchor={criterionAnchor(tier.id, c.id)}
                  assessmentYear={year}
                  answers={answers}
                >
                  <div data-testid={`criterion-${tier.id}-${c.id}`} className="mt-2 space-y-2 text-sm">
                    {c.override ? (
                      <p className="border-l-4 border-amber-600 pl-2" data-testid="override-note">
                        {t("detail.overridden", {
                          email: c.override.actorEmail,
                          from: t(`outcome.${c.originalOutcome}`),
                          to: t(`outcome.${c.outcome}`),
                          reason: c.override.reason,
                        })}
                      </p>
                    ) : null}
                    {related.length > 0 ? (
                      <p>
                        {t("detail.relatedAnswers")}
                        {related.map((path, i) => (
                          <span key={path}>
                            {i > 0 ? t("detail.listSeparator") : null}
                            <a href={`#${answerAnchor(path)}`} className="text-brand-800 underline">
                              {valueLabel(path, locale, year)}
                            </a>
                          </span>
                        ))}
                      </p>
                    ) : null}
                    {canOverride ? (
                      <details>
                        <summary className="cursor-pointer font-semibold text-brand-800 underline">
                          {t("override.summary")}
                        </summary>
                        <ActionForm
                          id={`override-${tier.id}-${c.id.replace(/\W/g, "-")}`}
                          action={overrideAction}
                          hidden={{ id, tier: tier.id, criterion: c.id }}
                          fields={[
                            {
                              name: "outcome",
                              label: t("override.outcome"),
                              kind: "select",
                              options: outcomeOptions,
                              defaultValue: c.outcome,
                            },
                            {
                              name: "reason",
                              label: t("override.reason"),
                              hint: t("override.reasonHint"),
                              kind: "textarea",
                              required: true,
                            },
                          ]}
                          submitLabel={t("override.submit")}
                          summaryTitle={t("errors.summaryTitle")}
                          className="mt-2 space-y-3"
                        />
                      </details>
                    ) : null}
                  </div>
                </CriterionCard>
              );
            })}
          </ul>
        </section>
      ))}
      <ConfidenceNotes evaluation={{ tiers }} />
      {tiers.some((tier) => tier.criteria.some((c) => c.confidence !== "confirmed")) ? (
        <p className="text-sm" data-testid="confidence-guidance">
          {t("detail.confidenceGuidance")}
        </p>
      ) : null}
    </section>
  );
}
