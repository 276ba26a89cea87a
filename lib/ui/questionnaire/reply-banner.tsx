import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { CompanyRequest } from "@/lib/assessments/reply";
import { criterionLabels, evaluate, isRulesetId, parseFacts, valueLabel, type Locale } from "@/lib/criteria";
import type { Answers } from "@/lib/questionnaire/answers";
import { answerPathsOf, answersInOrder } from "@/lib/report/criterion-answers";
import { fieldId } from "./field-ids";

type Props = {
  draftId: string;
  answers: Answers;
  rulesetId: string;
  caseReference: string;
  request: CompanyRequest | null;
  /** The case no longer waits for this reply. */
  closed: boolean;
};

/**
 * On a reply draft's check page: which request it answers, the reviewer's note, and each
 * criterion concerned with a link to the first answer it rests on.
 */
export async function ReplyBanner({ draftId, answers, rulesetId, caseReference, request, closed }: Props) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const parsed = parseFacts(answers, locale);
  const evaluation = parsed.ok
    ? evaluate(parsed.facts, { locale, ...(isRulesetId(rulesetId) ? { ruleset: rulesetId } : {}) })
    : null;
  const year = typeof answers.assessmentYear === "number" ? answers.assessmentYear : null;
  // Every answer a criterion rests on, in the questionnaire's order, each a link named by its
  // question (an R&D criterion rests on the R&D expense and on the revenue it is a share of).
  const answersOf = (criterion: string) => {
    const found = evaluation?.tiers.flatMap((tier) => tier.criteria).find((c) => c.id === criterion);
    return found
      ? answersInOrder(answerPathsOf(found)).map(({ step, path }) => ({
          path,
          label: valueLabel(path, locale, year),
          href: `/assess/${draftId}/${step}?return=check#${fieldId(path)}`,
        }))
      : [];
  };
  return (
    <section
      aria-labelledby="reply-title"
      className="mb-6 space-y-2 border-l-4 border-amber-600 bg-amber-50 p-3"
      data-testid="reply-banner"
    >
      <h2 id="reply-title" className="font-semibold">
        {t("check.replyTitle", { reference: caseReference })}
      </h2>
      {closed ? (
        <p role="alert" className="font-semibold text-red-700">
          {t("check.replyClosed")}
        </p>
      ) : null}
      <p>{t("check.replyText")}</p>
      {request ? (
        <>
          <p className="whitespace-pre-line break-words">{t("check.replyReviewerNote", { note: request.note })}</p>
          <ul className="list-disc space-y-1 pl-5">
            {request.items.map((item) => {
              const links = answersOf(item.criterion);
              return (
                <li key={item.criterion}>
                  {t("check.replyItem", {
                    criterion: criterionLabels[locale][item.criterion] ?? item.criterion,
                    outcome: t(`report.outcome.${item.outcome}`),
                  })}
                  {links.length > 0 ? (
                    <>
                      {" · "}
                      {t("check.replyChange")}
                      {links.map((l, i) => (
                        <span key={l.path}>
                          {i > 0 ? t("check.replyChangeSeparator") : null}
                          <Link href={l.href} className="text-brand-800 underline">
                            {l.label}
                          </Link>
                        </span>
                      ))}
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
