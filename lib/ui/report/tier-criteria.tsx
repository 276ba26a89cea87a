import { getTranslations } from "next-intl/server";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Report } from "@/lib/report/build-report";
import { CriterionCard } from "@/lib/ui/report/criterion-card";
import { criterionAnchor } from "@/lib/ui/report/plan-view";
import { ScoreBars } from "@/lib/ui/report/score-bars";

type Tier = Report["evaluation"]["tiers"][number];

/**
 * One tier's criteria, folded under a summary of how many are met, not met and open: its score
 * bars when it has a points table, then each criterion's card. The company's report and a screened
 * row's report show them alike.
 */
export async function TierCriteria({
  tier,
  assessmentYear,
  answers,
  newPage = false,
}: {
  tier: Tier;
  assessmentYear: number | null;
  answers?: Answers;
  /** Printed on a page of its own (the company's report). */
  newPage?: boolean;
}) {
  const t = await getTranslations("report");
  const count = (o: (outcome: string) => boolean) => tier.criteria.filter((c) => o(c.outcome)).length;
  return (
    <section
      aria-labelledby={`tier-${tier.id}`}
      data-testid={`tier-${tier.id}`}
      className={newPage ? "print:break-before-page" : undefined}
    >
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
              assessmentYear={assessmentYear}
              answers={answers}
            />
          ))}
        </ul>
      </details>
    </section>
  );
}
