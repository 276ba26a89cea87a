import { getLocale, getTranslations } from "next-intl/server";
import type { AssessmentDetail } from "@/lib/admin/get-assessment";
import { settledByAlternative } from "@/lib/admin/information-request";
import { keyFigures } from "@/lib/admin/key-figures";
import { valueLabel, valueUnit, type Locale } from "@/lib/criteria";
import { formatValue } from "@/lib/criteria/working";
import { getAt } from "@/lib/questionnaire/answers";
import { formatAnswer } from "@/lib/questionnaire/format-answer";
import { criterionAnchor } from "@/lib/ui/report/plan-view";

const link = "text-brand-800 underline";

/**
 * What a reviewer reads first: each tier's verdict with the criteria that decided it (the unmet
 * ones with their gaps; for an undetermined tier the open ones), each linked to its card below,
 * then where the firm is and its key figures.
 */
export async function ReviewSummary({ detail }: { detail: AssessmentDetail }) {
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const year = typeof detail.answers.assessmentYear === "number" ? detail.answers.assessmentYear : null;
  // The figures in force: a reviewer's corrections over what was submitted.
  const answers = detail.correctedAnswers ?? detail.answers;
  const answer = (path: string) => formatAnswer(path, getAt(answers, path), locale) || "—";
  return (
    <section aria-labelledby="summary-title" className="space-y-4" data-testid="review-summary">
      <h2 id="summary-title" className="text-xl font-bold">
        {t("summary.title")}
      </h2>
      <ul className="space-y-3">
        {detail.tiers.map((tier) => {
          // A tier not met: its unmet criteria; an undetermined one: those to confirm or judge (a
          // criterion of a group of alternatives only while no other route of its group is met).
          const outcomes =
            tier.verdict === "not_eligible"
              ? ["not_met"]
              : tier.verdict === "undetermined"
                ? ["unknown", "manual"]
                : [];
          const deciding = tier.criteria.filter(
            (c) => outcomes.includes(c.outcome) && !settledByAlternative(tier, c.id),
          );
          return (
            <li key={tier.id} className="rounded border border-gray-300 p-3" data-testid={`summary-${tier.id}`}>
              <p className="font-semibold">
                {tier.verdict === tier.originalVerdict
                  ? t("summary.verdict", { tier: tier.title, verdict: t(`verdict.${tier.verdict}`) })
                  : t("summary.verdictChanged", {
                      tier: tier.title,
                      verdict: t(`verdict.${tier.verdict}`),
                      original: t(`verdict.${tier.originalVerdict}`),
                    })}
              </p>
              {deciding.length > 0 ? (
                <div className="mt-1 text-sm">
                  <p>{t(tier.verdict === "not_eligible" ? "summary.notMet" : "summary.open")}</p>
                  <ul className="list-disc pl-5">
                    {deciding.map((c) => (
                      <li key={c.id}>
                        <a href={`#${criterionAnchor(tier.id, c.id)}`} className={link}>
                          {c.label}
                        </a>
                        {c.outcome === "not_met"
                          ? c.gaps.length > 0
                            ? `${t("summary.gapSeparator")}${c.gaps.map((g) => g.message).join(t("summary.orSeparator"))}`
                            : null
                          : ` · ${t(`outcome.${c.outcome}`)}`}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]" data-testid="key-figures">
        <dt className="text-muted">{t("summary.province")}</dt>
        <dd>{answer("company.province")}</dd>
        <dt className="text-muted">{t("summary.industry")}</dt>
        <dd className="[overflow-wrap:anywhere]">{answer("company.industryCode")}</dd>
        {keyFigures(answers).map((f) => (
          <div key={f.name} className="contents">
            <dt className="text-muted">{valueLabel(f.name, locale, year)}</dt>
            <dd className="tabular-nums">{formatValue(f.value, valueUnit(f.name), locale, t("summary.unknown"))}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
