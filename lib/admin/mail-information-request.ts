import "server-only";
import { createTranslator } from "next-intl";
import { contactOf } from "@/lib/assessments/contact";
import type { AdminDb } from "@/lib/auth/types";
import { config } from "@/lib/config";
import { isRulesetId, rulesetInForce, type RulesetId } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { locales } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { logError } from "@/lib/log";
import { sendMail, type MailSettings } from "@/lib/mail/mailer";
import { parseItems, requestItemParts, type MailStatus, type RequestItem } from "./information-request";

type Letter = { reference: string; company: string; note: string; items: RequestItem[]; ruleset: RulesetId };

/**
 * The e-mail of a request for more information, in Chinese and then English (the company's
 * language is not known): the reviewer's note, the criteria concerned, and how to answer. No
 * resume link: the token is never stored, so the company opens the assessment with its own.
 */
export function informationRequestMail(letter: Letter, publicUrl: string | null): { subject: string; text: string } {
  const parts = locales.map((locale) => {
    const t = createTranslator({ locale, messages: messages[locale], namespace: "report" });
    const items = letter.items.map(
      (item) =>
        `- ${t("information.item", {
          ...requestItemParts(item, locale, letter.ruleset, t("listSeparator")),
          outcome: t(`outcome.${item.outcome}`),
        })}`,
    );
    return {
      subject: t("information.mailSubject", { reference: letter.reference, company: letter.company }),
      text: [
        t("information.mailIntro", { reference: letter.reference, company: letter.company }),
        "",
        `${t("information.note")}:`,
        letter.note,
        "",
        ...(items.length > 0 ? [`${t("information.items")}:`, ...items, ""] : []),
        t("information.mailHow"),
        ...(publicUrl ? [t("information.mailLink", { url: `${publicUrl}/assess/resume` })] : []),
        "",
        t("information.mailFooter"),
      ].join("\n"),
    };
  });
  return { subject: parts[0]!.subject, text: parts.map((p) => p.text).join("\n\n----------\n\n") };
}

/**
 * Sends a stored request to the company's e-mail, when there is a mail server and an address, and
 * records what happened on the request (the reviewer sees it). Never throws: the request stands
 * on the company's result page whatever the mail does.
 */
export async function mailInformationRequest(
  db: AdminDb,
  requestId: string,
  settings: MailSettings = config().mail,
  publicUrl: string | null = config().publicUrl,
): Promise<MailStatus> {
  const request = await db.informationRequest.findUnique({
    where: { id: requestId },
    select: {
      note: true,
      items: true,
      assessment: { select: { reference: true, companyName: true, contact: true, rulesetId: true } },
    },
  });
  if (!request) return "not_configured";
  const { assessment } = request;
  const email = contactOf(assessment.contact).email;
  let status: MailStatus;
  if (!settings) status = "not_configured";
  else if (!email) status = "no_address";
  else {
    const ruleset = isRulesetId(assessment.rulesetId) ? assessment.rulesetId : rulesetInForce(chinaToday()).id;
    const mail = informationRequestMail(
      {
        reference: assessment.reference,
        company: assessment.companyName ?? "",
        note: request.note,
        items: parseItems(request.items),
        ruleset,
      },
      publicUrl,
    );
    const sent = await sendMail({ to: email, ...mail }, settings);
    if (sent.kind === "failed") logError(sent.error, { op: "mailInformationRequest", requestId });
    status = sent.kind === "sent" ? "sent" : sent.kind === "failed" ? "failed" : "not_configured";
  }
  await db.informationRequest.update({
    where: { id: requestId },
    data: { mailStatus: status, mailedAt: status === "sent" ? new Date() : null },
  });
  return status;
}
