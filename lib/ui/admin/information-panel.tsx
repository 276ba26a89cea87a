import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { AssessmentDetail } from "@/lib/admin/get-assessment";
import { requestItemParts, type RequestItem } from "@/lib/admin/information-request";
import { tierTitle, type CriterionId, type Locale, type Outcome, type RulesetId } from "@/lib/criteria";
import { askedLabel } from "@/lib/criteria/facts/display";
import { formatAnswer } from "@/lib/questionnaire/format-answer";

/**
 * A request's checklist in the reviewer's language: criterion (tiers): outcome, and once the
 * company replied (`after`), each one's outcome in the evaluation of the reply.
 */
export async function RequestItems({
  items,
  ruleset,
  after,
}: {
  items: readonly RequestItem[];
  ruleset: RulesetId;
  after?: ReadonlyMap<CriterionId, Outcome>;
}) {
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  return (
    <ul className="list-disc pl-5">
      {items.map((item) => (
        <li key={item.criterion}>
          {t("information.item", {
            ...requestItemParts(item, locale, ruleset, t("information.tierSeparator")),
            outcome: t(`outcome.${item.outcome}`),
          })}
          {after?.has(item.criterion)
            ? t("information.itemAfter", { outcome: t(`outcome.${after.get(item.criterion)}`) })
            : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The requests for more information on an assessment, newest first: who asked what and when,
 * whether the e-mail went, and once the company replied, its note and what its reply changed
 * (each answer from → to, and the tier verdicts).
 */
export async function InformationPanel({ detail, ruleset }: { detail: AssessmentDetail; ruleset: RulesetId }) {
  if (detail.requests.length === 0) return null;
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const year = typeof detail.answers.assessmentYear === "number" ? detail.answers.assessmentYear : null;
  const answer = (path: string, value: unknown) => formatAnswer(path, value, locale) || "—";
  return (
    <section aria-labelledby="information-title" className="space-y-3" data-testid="information-panel">
      <h2 id="information-title" className="text-xl font-bold">
        {t("information.title")}
      </h2>
      <ol className="space-y-4">
        {[...detail.requests].reverse().map((r) => (
          <li
            key={r.id}
            className="space-y-2 rounded border border-gray-300 p-3 text-sm"
            data-testid="information-request"
          >
            <p className="font-semibold">
              {t("information.requested", { date: when(r.createdAt), email: r.requestedBy })}
            </p>
            <p className="text-muted">{t(`information.mail.${r.mailStatus}`, { email: detail.contact.email ?? "" })}</p>
            <p className="whitespace-pre-line break-words">{r.note}</p>
            <p className="font-semibold">{t("information.items")}</p>
            {r.items.length > 0 ? (
              <RequestItems items={r.items} ruleset={ruleset} after={r.changes?.outcomes} />
            ) : (
              <p>{t("information.noItems")}</p>
            )}
            {r.answeredAt ? (
              <div className="space-y-1 border-l-4 border-green-700 pl-3" data-testid="information-reply">
                <p className="font-semibold">{t("information.answered", { date: when(r.answeredAt) })}</p>
                {r.replyNote ? (
                  <p className="whitespace-pre-line break-words">{t("information.replyNote", { note: r.replyNote })}</p>
                ) : null}
                {r.changes ? (
                  <>
                    <p className="font-semibold">{t("information.changes")}</p>
                    {r.changes.answers.length === 0 ? (
                      <p>{t("information.noChanges")}</p>
                    ) : (
                      <ul className="list-disc pl-5" data-testid="reply-changes">
                        {r.changes.answers.map((c) => (
                          <li key={c.path} className="break-words">
                            {t("information.change", {
                              label: askedLabel(c.path, locale, year),
                              from: answer(c.path, c.before),
                              to: answer(c.path, c.after),
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                    {r.changes.verdicts.length > 0 ? (
                      <ul className="list-disc pl-5" data-testid="reply-verdicts">
                        {r.changes.verdicts.map((v) => (
                          <li key={v.tier}>
                            {t("information.verdict", {
                              tier: tierTitle(locale, ruleset, v.tier),
                              from: v.before ? t(`verdict.${v.before}`) : "—",
                              to: v.after ? t(`verdict.${v.after}`) : "—",
                            })}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                ) : null}
              </div>
            ) : (
              <p className="font-semibold text-amber-900">{t("information.waiting")}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
