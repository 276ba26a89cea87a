import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { startReplyAction } from "@/lib/assessments/actions";
import type { CompanyRequest } from "@/lib/assessments/reply";
import { requestItemParts } from "@/lib/admin/information-request";
import type { Locale, RulesetId } from "@/lib/criteria";
import { SubmitButton } from "@/lib/ui/submit-button";
import { criterionAnchor } from "./plan-view";

type Props = {
  assessmentId: string;
  status: string;
  request: CompanyRequest;
  ruleset: RulesetId;
  /** A reply already started in this case. */
  replyStarted: boolean;
};

/**
 * On the company's result page: what a reviewer asked for (the note, and each criterion concerned
 * linked to its card below) and the way to answer; once answered, when.
 */
export async function InformationRequestView({ assessmentId, status, request, ruleset, replyStarted }: Props) {
  const t = await getTranslations("report.information");
  const tr = await getTranslations("report");
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "Asia/Shanghai" });
  if (request.answeredAt) {
    if (status === "needs_information") return null;
    return (
      <p role="status" className="border-l-8 border-green-700 bg-green-50 p-3" data-testid="information-answered">
        {t("answered", { date: date(request.answeredAt) })}
      </p>
    );
  }
  if (status !== "needs_information") return null;
  return (
    <section
      aria-labelledby="information-title"
      className="no-print space-y-3 rounded border-4 border-amber-600 bg-amber-50 p-4"
      data-testid="information-request"
    >
      <h2 id="information-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p>{t("askedOn", { date: date(request.createdAt) })}</p>
      <div>
        <h3 className="font-semibold">{t("note")}</h3>
        <p className="whitespace-pre-line break-words">{request.note}</p>
      </div>
      <div>
        <h3 className="font-semibold">{t("items")}</h3>
        {request.items.length === 0 ? (
          <p>{t("noItems")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {request.items.map((item) => (
              <li key={item.criterion}>
                <a
                  href={`#${criterionAnchor(item.tiers[0] ?? "", item.criterion)}`}
                  className="text-brand-800 underline"
                >
                  {t("item", {
                    ...requestItemParts(item, locale, ruleset, tr("listSeparator")),
                    outcome: tr(`outcome.${item.outcome}`),
                  })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p>{t("how")}</p>
      <form action={startReplyAction}>
        <input type="hidden" name="id" value={assessmentId} />
        <SubmitButton label={replyStarted ? t("continue") : t("start")} />
      </form>
    </section>
  );
}
