import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { copyAssessmentAction } from "@/lib/assessments/actions";
import { loadHeldAssessment } from "@/lib/assessments/load-held";
import { criterionLabels, evaluate, isRulesetId, parseFacts, rulesets, tierTitle, type EvaluationResult } from "@/lib/criteria";
import { NoAccess } from "@/lib/ui/no-access";
import { SubmitButton } from "@/lib/ui/submit-button";

type Props = { params: Promise<{ id: string }> };

const verdictStyle = { eligible: "bg-green-100 text-green-900", not_eligible: "bg-red-100 text-red-900", undetermined: "bg-amber-100 text-amber-900" } as const;

export default async function ResultPage({ params }: Props) {
  const { id } = await params;
  const held = await loadHeldAssessment(id);
  if (!held) return <NoAccess />;
  if (held.status === "draft" || !held.evaluation) redirect(`/assess/${id}/check`);

  const t = await getTranslations("result");
  const format = await getFormatter();
  const locale = (await getLocale()) === "en" ? "en" : "zh-CN";
  // The frozen evaluation decides every outcome; the reader's language only changes the words.
  const frozen = held.evaluation as EvaluationResult;
  const rulesetId = isRulesetId(held.rulesetId) ? held.rulesetId : frozen.ruleset.id;
  const facts = parseFacts(held.answers, locale);
  const words = facts.ok ? evaluate(facts.facts, { ruleset: rulesetId, locale }) : null;
  const gapText = (tier: string, criterion: string, outcome: string) => {
    const c = words?.tiers.find((x) => x.id === tier)?.criteria.find((x) => x.id === criterion);
    return c && c.outcome === outcome ? c.gap?.message : undefined;
  };
  const title = rulesets.find((r) => r.id === rulesetId)?.title[locale] ?? frozen.ruleset.title;
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p data-testid="reference">{t("reference", { reference: held.reference })}</p>
        {held.submittedAt ? <p>{t("submittedAt", { date: format.dateTime(held.submittedAt, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" }) })}</p> : null}
        <p>{t("ruleset", { title })}</p>
      </header>
      {frozen.tiers.map((tier) => (
        <section key={tier.id} aria-labelledby={`tier-${tier.id}`} data-testid={`tier-${tier.id}`}>
          <h2 id={`tier-${tier.id}`} className="mb-2 flex flex-wrap items-center gap-3 text-xl font-bold">
            {tierTitle(locale, rulesetId, tier.id)}
            <span className={`rounded px-2 py-0.5 text-base ${verdictStyle[tier.verdict]}`}>{t(`verdict.${tier.verdict}`)}</span>
          </h2>
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-4">{t("criterion")}</th>
                <th scope="col" className="py-2">{t("outcomeHeading")}</th>
              </tr>
            </thead>
            <tbody>
              {tier.criteria.map((c) => (
                <tr key={c.id} className="border-b border-gray-300 align-top">
                  <td className="py-2 pr-4">
                    {criterionLabels[locale][c.id]}
                    {gapText(tier.id, c.id, c.outcome) ? <p className="text-sm text-muted">{gapText(tier.id, c.id, c.outcome)}</p> : null}
                  </td>
                  <td className="py-2 whitespace-nowrap">{t(`outcome.${c.outcome}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section aria-labelledby="copy-title" className="no-print rounded border border-gray-300 p-4">
        <h2 id="copy-title" className="font-bold">{t("copyTitle")}</h2>
        <p className="my-2">{t("copyText")}</p>
        <form action={copyAssessmentAction}>
          <input type="hidden" name="id" value={id} />
          <SubmitButton label={t("copy")} className="rounded border-2 border-gray-800 px-4 py-2 font-semibold disabled:opacity-60" />
        </form>
      </section>
      <p className="text-sm text-muted">{t("disclaimer")}</p>
    </div>
  );
}
