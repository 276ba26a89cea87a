import { getLocale, getTranslations } from "next-intl/server";
import type { Application } from "@/lib/criteria/params/data/application";
import type { BatchFact } from "@/lib/enterprises/batches";
import type { Action, CriterionRef, Plan, PlanStep } from "@/lib/report/plan";
import { VerdictBadge } from "./outcome-badge";

export type Common = { plan: Plan; assessmentId: string; editable: boolean; assessmentYear: number | null };

/** A criterion card's anchor on the result page: a criterion may appear in several tiers. */
export const criterionAnchor = (tier: string, id: string) => `criterion-${tier}-${id}`;
const criterionHref = (c: CriterionRef) => `#${criterionAnchor(c.tier, c.id)}`;

/** The tiers the plan walks through: from the first title not held, in ladder order. */
export const planTiers = (plan: Plan) => {
  const from = plan.tiers.findIndex((t) => t.tier === plan.startsAt);
  return from < 0 ? [] : plan.tiers.slice(from);
};

async function ActionView({ action, label }: { action: Action; label?: string }) {
  const t = await getTranslations("report");
  const sep = t("listSeparator");
  return (
    <div>
      <p className="font-semibold">
        <a href={criterionHref(action.criterion)} className="underline decoration-dotted">
          {label ?? action.criterion.label}
        </a>
        {action.years.length > 1 ? (
          <span className="text-sm font-normal text-muted">
            {` · ${t("planYears", { years: action.years.join(t("planYearsJoin")) })}`}
          </span>
        ) : null}
      </p>
      {action.musts.length > 0 ? (
        <ul className="list-disc pl-5">
          {action.musts.map((g) => (
            <li key={g.message}>{g.message}</li>
          ))}
        </ul>
      ) : null}
      {action.routes.length > 0 ? (
        <div className="mt-1">
          {action.routes.length > 1 || action.otherRoutes ? (
            <p className="text-sm font-semibold">{t("planAnyOf")}</p>
          ) : null}
          <ul className="list-disc pl-5">
            {action.routes.map((route, i) => (
              <li key={route.map((g) => g.message).join()}>
                {i > 0 ? <span className="text-muted">{`${t("planOr")} `}</span> : null}
                {route.map((g) => g.message).join(sep)}
              </li>
            ))}
            {action.otherRoutes ? <li>{t("planOtherRoutes", { explanation: action.explanation })}</li> : null}
          </ul>
        </div>
      ) : null}
      {action.distance === null ? (
        <p className="text-sm">{t("planCondition", { explanation: action.explanation })}</p>
      ) : null}
      {action.folded.length > 0 ? (
        <p className="text-sm text-muted">{t("planFolded", { list: action.folded.map((f) => f.label).join(sep) })}</p>
      ) : null}
    </div>
  );
}

async function StepView({ step, numberOf }: { step: PlanStep; numberOf: (tier: string) => number }) {
  const t = await getTranslations("report");
  if (step.kind === "anyOf")
    return (
      <li data-testid="plan-any-of" className="rounded border-2 border-dashed border-gray-500 p-2">
        <p className="font-bold">{t("planAnyOf")}</p>
        <ol className="mt-1 space-y-2">
          {step.options.map((o, i) => (
            <li key={o.criterion.id} className="flex gap-2">
              <span aria-hidden="true" className="text-muted">
                {i === 0 ? "①" : i === 1 ? "②" : i === 2 ? "③" : "④"}
              </span>
              <ActionView action={o} />
            </li>
          ))}
        </ol>
      </li>
    );
  return (
    <li data-testid="plan-step">
      <ActionView action={step.action} />
      {step.coveredBy ? (
        <p className="text-sm text-muted">
          {t("planCovered", { n: String(numberOf(step.coveredBy.tier)), criterion: step.coveredBy.label })}
        </p>
      ) : null}
    </li>
  );
}

type PlanProps = Common & {
  application: Application;
  round: BatchFact | null;
  tierTitle: (tier: string) => string;
  today: number;
};

/**
 * The plan: tier by tier in ladder order from the first title not held, each with its steps, what
 * waits for an answer or a reviewer, and the earliest year the firm could apply, with the rule
 * set's application window and where it is written.
 */
export async function PlanView({ plan, application, round, tierTitle, today }: PlanProps) {
  const t = await getTranslations("report");
  const locale = await getLocale();
  const sep = t("listSeparator");
  const tiers = planTiers(plan);
  const held = plan.tiers.filter((x) => x.held);
  const numberOf = (tier: string) => tiers.findIndex((x) => x.tier === tier) + 1;
  const source = application.source;
  return (
    <section aria-labelledby="plan-title" data-testid="plan">
      <h2 id="plan-title" className="mb-2 text-xl font-bold">
        {t("planTitle")}
      </h2>
      <p className="mb-3 text-sm text-muted">{t("planIntro")}</p>
      {held.length > 0 ? <p className="mb-2">{t("planHeld", { list: held.map((h) => h.title).join(sep) })}</p> : null}
      {tiers.length === 0 ? <p>{t("planNone")}</p> : null}
      <ol className="space-y-5">
        {tiers.map((tier, i) => (
          <li
            key={tier.tier}
            id={`plan-${tier.tier}`}
            data-testid={`plan-${tier.tier}`}
            className="rounded border border-gray-300 p-3"
          >
            <h3 className="flex flex-wrap items-center gap-2 font-bold">
              <span>{t("planTier", { n: String(i + 1), tier: tier.title })}</span>
              <VerdictBadge verdict={tier.verdict} text={t(`verdict.${tier.verdict}`)} />
            </h3>
            {tier.steps.length === 0 ? <p className="mt-1 text-sm">{t("planNothing")}</p> : null}
            {tier.steps.length > 0 ? (
              <ol className="mt-2 space-y-3" data-testid={`plan-steps-${tier.tier}`}>
                {tier.steps.map((s) => (
                  <StepView
                    key={s.kind === "do" ? s.action.criterion.id : s.options.map((o) => o.criterion.id).join()}
                    step={s}
                    numberOf={numberOf}
                  />
                ))}
              </ol>
            ) : null}
            {tier.unknown.length > 0 ? (
              <p className="mt-2 text-sm">{t("planOpen", { list: tier.unknown.map((u) => u.label).join(sep) })}</p>
            ) : null}
            {tier.manual.length > 0 ? (
              <p className="mt-1 text-sm">{t("planManual", { list: tier.manual.map((u) => u.label).join(sep) })}</p>
            ) : null}
            {tier.earliest ? (
              <div className="mt-2 text-sm" data-testid={`earliest-${tier.tier}`}>
                <p className="font-semibold">
                  {tier.earliest.year <= today
                    ? t("planEarliestNow", { year: String(tier.earliest.year) })
                    : t("planEarliest", { year: String(tier.earliest.year) })}
                </p>
                {tier.earliest.reasons.length > 0 ? (
                  <p>
                    {t("planReasonsIntro")}
                    {tier.earliest.reasons
                      .map((r) =>
                        r.kind === "title"
                          ? t("planReasonTitle", { tier: tierTitle(r.tier), year: String(r.year) })
                          : r.kind === "years"
                            ? t("planReasonYears", { criterion: r.criterion.label, years: String(r.years) })
                            : t("planReasonFigures", { criterion: r.criterion.label, count: r.fiscalYears }),
                      )
                      .join(sep)}
                  </p>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="mt-3 text-sm" data-testid="application-window">
        <p>{t("planWindow", { window: application.window[locale] })}</p>
        {round?.note ? (
          <p data-testid="application-round">
            {t("planRound", {
              batch: String(round.batch),
              year: String(round.year),
              note: round.note[locale],
              source: round.source[locale],
            })}
          </p>
        ) : null}
        <p>{t("planValidity", { years: String(application.validityYears) })}</p>
        <p className="text-muted">
          {t("planSource", {
            instrument: source.reference.instrument,
            clause: source.reference.clause[locale],
            confidence: t(`confidenceShort.${source.confidence}`),
            checked: source.checkedOn,
          })}
          {source.reference.url ? (
            <>
              {" "}
              <a href={source.reference.url} className="break-all underline" rel="noreferrer">
                {source.reference.url}
              </a>
            </>
          ) : null}
        </p>
      </div>
    </section>
  );
}
