import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { askedLabel } from "@/lib/criteria/facts/display";
import type { CriterionRef, PlanTier } from "@/lib/report/plan";
import { fieldId } from "@/lib/ui/questionnaire/field-ids";
import { VerdictBadge } from "./outcome-badge";
import { planTiers, type Common } from "./plan-view";

/**
 * The decision at the top: per tier one sentence naming what decided the verdict (the unmet
 * criteria, or the unknown and reviewer-judged ones), and what to do about it.
 */
export async function DecisionView({ plan, assessmentId, editable, assessmentYear }: Common) {
  const t = await getTranslations("report");
  const locale = await getLocale();
  const sep = t("listSeparator");
  const steps = planTiers(plan);
  const stepNumber = (tier: PlanTier) => steps.indexOf(tier) + 1;
  const names = (refs: CriterionRef[]) => refs.map((r) => r.label).join(sep);
  const notMet = (tier: PlanTier) =>
    tier.steps.map((s) =>
      s.kind === "do"
        ? s.action.criterion.label
        : t("decisionAnyOf", { list: s.options.map((o) => o.criterion.label).join(sep) }),
    );
  const missing = (tier: PlanTier) => {
    const seen = new Map<string, string>();
    for (const u of tier.unknown) for (const m of u.missing) seen.set(m.path, m.step);
    return [...seen];
  };
  return (
    <section aria-labelledby="decision-title" className="break-inside-avoid" data-testid="decision">
      <h2 id="decision-title" className="mb-2 text-xl font-bold">
        {t("decisionTitle")}
      </h2>
      <ul className="space-y-3">
        {plan.tiers.map((tier) => {
          const facts = missing(tier);
          return (
            <li key={tier.tier} data-testid={`decision-${tier.tier}`} className="border-l-4 border-gray-400 pl-3">
              <p>
                <VerdictBadge verdict={tier.verdict} text={t(`verdict.${tier.verdict}`)} />{" "}
                <span className="font-semibold">
                  {tier.verdict === "eligible"
                    ? tier.earliest
                      ? t("decisionEligible", { tier: tier.title, year: String(tier.earliest.year) })
                      : t("decisionEligibleNoYear", { tier: tier.title })
                    : tier.verdict === "not_eligible"
                      ? t("decisionNotMet", { tier: tier.title, list: notMet(tier).join(sep) })
                      : t("decisionUndetermined", {
                          tier: tier.title,
                          reasons: [
                            tier.unknown.length > 0 ? t("decisionUnknown", { list: names(tier.unknown) }) : null,
                            tier.manual.length > 0 ? t("decisionManual", { list: names(tier.manual) }) : null,
                          ]
                            .filter(Boolean)
                            .join(sep),
                        })}
                </span>
                {tier.held ? <span className="text-sm">{` ${t("decisionHeld")}`}</span> : null}
              </p>
              {tier.verdict === "not_eligible" && stepNumber(tier) > 0 ? (
                <p className="text-sm">
                  <a href={`#plan-${tier.tier}`} className="text-brand-800 underline">
                    {t("decisionWhatNotMet", { n: String(stepNumber(tier)) })}
                  </a>
                </p>
              ) : null}
              {tier.verdict !== "eligible" && facts.length > 0 ? (
                <p className="text-sm">
                  {editable ? t("decisionWhatUnknown") : t("decisionWhatUnknownSubmitted")}
                  {facts.map(([path, step], i) => (
                    <span key={path}>
                      {i > 0 ? sep : null}
                      {editable ? (
                        <Link
                          href={`/assess/${assessmentId}/${step}?return=check#${fieldId(path)}`}
                          className="text-brand-800 underline"
                        >
                          {askedLabel(path, locale, assessmentYear)}
                        </Link>
                      ) : (
                        askedLabel(path, locale, assessmentYear)
                      )}
                    </span>
                  ))}
                </p>
              ) : null}
              {tier.verdict !== "eligible" && tier.manual.length > 0 ? (
                <p className="text-sm">{t("decisionWhatManual")}</p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
