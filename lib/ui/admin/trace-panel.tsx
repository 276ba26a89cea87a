import { getLocale, getTranslations } from "next-intl/server";
import { overrideAction } from "@/lib/admin/actions/assessment-actions";
import type { ReviewedTier } from "@/lib/admin/effective-evaluation";
import { criterionLabels, OUTCOMES, tierTitle, type RulesetId } from "@/lib/criteria";
import { ActionForm } from "./action-form";

type Props = {
  id: string;
  rulesetId: RulesetId;
  tiers: ReviewedTier[];
  canOverride: boolean;
};

const show = (v: unknown) =>
  v === null || v === undefined ? "—" : typeof v === "number" ? v.toLocaleString("en") : String(v);

/**
 * The evaluation as reviewed, criterion by criterion: outcome, values, the working of every
 * figure, the legal reference and its confidence, and (in review) a form to override it.
 */
export async function TracePanel({ id, rulesetId, tiers, canOverride }: Props) {
  const t = await getTranslations("admin");
  const rt = await getTranslations("admin");
  const locale = await getLocale();
  const outcomeOptions = OUTCOMES.map((o) => ({ value: o, label: rt(`outcome.${o}`) }));
  return (
    <section aria-labelledby="trace-title" className="space-y-6">
      <h2 id="trace-title" className="text-xl font-bold">
        {t("detail.evaluation")}
      </h2>
      {!canOverride ? <p className="text-sm text-muted">{t("override.onlyInReview")}</p> : null}
      {tiers.map((tier) => (
        <section
          key={tier.id}
          aria-labelledby={`tier-${tier.id}`}
          data-testid={`tier-${tier.id}`}
          className="space-y-3"
        >
          <h3 id={`tier-${tier.id}`} className="text-lg font-bold">
            {tierTitle(locale, rulesetId, tier.id)}
            {" · "}
            {t("detail.tierVerdict", { verdict: rt(`verdict.${tier.verdict}`) })}
            {tier.verdict !== tier.originalVerdict
              ? ` ${t("detail.originalVerdict", { verdict: rt(`verdict.${tier.originalVerdict}`) })}`
              : null}
          </h3>
          <ul className="space-y-3">
            {tier.criteria.map((c) => {
              return (
                <li
                  key={c.id}
                  className="rounded border border-gray-300 p-3 text-sm"
                  data-testid={`criterion-${tier.id}-${c.id}`}
                >
                  <p className="font-semibold">{criterionLabels[locale][c.id] ?? c.label}</p>
                  <p data-testid="outcome">{t("detail.outcome", { outcome: rt(`outcome.${c.outcome}`) })}</p>
                  {c.override ? (
                    <p className="border-l-4 border-amber-600 pl-2">
                      {t("detail.overridden", {
                        email: c.override.actorEmail,
                        from: rt(`outcome.${c.originalOutcome}`),
                        to: rt(`outcome.${c.outcome}`),
                        reason: c.override.reason,
                      })}
                    </p>
                  ) : null}
                  {c.explanation ? <p className="text-muted">{c.explanation}</p> : null}
                  {c.gap?.message ? <p>{t("detail.gap", { gap: c.gap.message })}</p> : null}
                  {Object.keys(c.values).length > 0 ? (
                    <p>
                      {t("detail.values")}
                      {": "}
                      {Object.entries(c.values)
                        .map(([k, v]) => `${k} = ${show(v)}`)
                        .join("; ")}
                    </p>
                  ) : null}
                  {c.trace.length > 0 ? (
                    <div>
                      <p>{t("detail.trace")}</p>
                      <ul className="list-disc pl-5 font-mono text-xs">
                        {c.trace.map((step, i) => (
                          <li key={i}>{`${step.formula} → ${show(step.value)}`}</li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  <p className="text-muted">
                    {t("detail.legal")}
                    {": "}
                    {c.reference}
                  </p>
                  <p className="text-muted">{t("detail.confidence", { level: t(`confidence.${c.confidence}`) })}</p>
                  {canOverride ? (
                    <details className="mt-2">
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
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
