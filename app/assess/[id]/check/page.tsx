import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import type { Metadata } from "next";
import { getRulesetInfo, isRulesetId, parseFacts, rulesetFor, rulesetInForce } from "@/lib/criteria";
import { submitAssessmentAction } from "@/lib/assessments/actions";
import { heldToken } from "@/lib/assessments/access-cookie";
import { loadHeldAssessment } from "@/lib/assessments/load-held";
import { chinaToday } from "@/lib/criteria/today";
import { getAt } from "@/lib/questionnaire/answers";
import { firstIncomplete, visibleFields } from "@/lib/questionnaire/journey";
import { steps } from "@/lib/questionnaire/steps";
import { fieldId } from "@/lib/ui/questionnaire/field-ids";
import { askedLabel } from "@/lib/criteria/facts/display";
import { formatAnswer } from "@/lib/questionnaire/format-answer";
import { CONTACT_FIELDS, CONTACT_KEYS, REPLY_NOTE_MAX, storedContact } from "@/lib/assessments/contact";
import { latestRequest, mergedReplyCase, replyCaseOf } from "@/lib/assessments/service";
import { config } from "@/lib/config";
import { CheckGuard } from "@/lib/ui/questionnaire/check-guard";
import { ContactFields } from "@/lib/ui/questionnaire/contact-fields";
import { ReplyBanner } from "@/lib/ui/questionnaire/reply-banner";
import { FocusedAlert } from "@/lib/ui/focus-on-mount";
import { ResumeBox } from "@/lib/ui/resume-box";
import { SubmitButton } from "@/lib/ui/submit-button";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("check.title") };
}

export default async function CheckPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const changed = query.changed === "1";
  const held = await loadHeldAssessment(id);
  if (!held) {
    // A reply already sent into its case (Back after sending it): the case's result.
    const merged = await mergedReplyCase(id);
    if (merged) redirect(`/assess/${merged}/result`);
    notFound(); // 404 with ../not-found.tsx: the resume link is the way in
  }
  if (held.status !== "draft") redirect(`/assess/${id}/result`);
  const frontier = firstIncomplete(held.answers);
  if (frontier !== "check") redirect(`/assess/${id}/${frontier}`);

  const t = await getTranslations();
  const locale = await getLocale();
  const year = typeof held.answers.assessmentYear === "number" ? held.answers.assessmentYear : null;
  // The rule set submission will use: the one in force, or a review year's (see rulesetFor).
  const facts = parseFacts(held.answers, locale);
  // A reply keeps its case's rule set (lib/assessments/reply.ts).
  const ruleset =
    held.replyToId && isRulesetId(held.rulesetId)
      ? getRulesetInfo(held.rulesetId)
      : facts.ok
        ? getRulesetInfo(rulesetFor(facts.facts, { today: chinaToday() }).id)
        : rulesetInForce(chinaToday());
  // Typed text not yet valid, which replaced a saved answer: listed first, each with its page.
  const toCorrect = steps.flatMap((step) =>
    step.fields
      .filter((f) => held.pending[f.path] !== undefined)
      .map((f) => ({
        step: step.id,
        path: f.path,
        label: askedLabel(f.path, locale, year),
        text: held.pending[f.path]!,
      })),
  );
  // A reply to a request for more information: the case it answers, and whether it still waits.
  const replyCase = held.replyToId ? await replyCaseOf(held.replyToId) : null;
  const request = held.replyToId ? await latestRequest(held.replyToId) : null;
  const contact = storedContact(held.contact);
  const contactInvalid = contact.typed !== undefined;
  const noteInvalid = query.note === "1";
  const unknowns = steps.reduce(
    (n, step) => n + visibleFields(step, held.answers).filter((f) => getAt(held.answers, f.path) === null).length,
    0,
  );
  return (
    <div className="max-w-3xl">
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("check.title")}</h1>
      <p className="mb-6">{t("check.intro")}</p>
      {changed ? (
        <p role="alert" className="mb-6 border-l-4 border-amber-600 bg-amber-50 p-3 font-semibold">
          {t("check.changed")}
        </p>
      ) : null}
      {replyCase ? (
        <ReplyBanner
          draftId={id}
          answers={held.answers}
          rulesetId={held.rulesetId}
          caseReference={replyCase.reference}
          request={request && !request.answeredAt ? request : null}
          closed={replyCase.status !== "needs_information"}
        />
      ) : held.copiedFromId ? (
        <div role="note" className="mb-6 border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="copy-banner">
          <p className="font-semibold">{t("check.copiedTitle")}</p>
          <p>{t("check.copiedText", { count: unknowns })}</p>
        </div>
      ) : null}
      {toCorrect.length > 0 ? (
        <section
          aria-labelledby="to-correct-title"
          className="mb-8 border-4 border-red-700 p-4"
          data-testid="to-correct"
        >
          <h2 id="to-correct-title" className="mb-2 text-lg font-bold">
            {t("check.toCorrectTitle")}
          </h2>
          <ul className="space-y-1">
            {toCorrect.map(({ step, path, label, text }) => (
              <li key={path}>
                <Link
                  href={`/assess/${id}/${step}?return=check#${fieldId(path)}`}
                  className="font-semibold text-red-700 underline"
                >
                  {t("check.toCorrectItem", { label, text })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {steps.map((step) => (
        <section key={step.id} aria-labelledby={`check-${step.id}`} className="mb-8">
          <h2 id={`check-${step.id}`} className="mb-2 text-xl font-bold">
            {t(`steps.${step.id}.title`)}
          </h2>
          <dl className="divide-y divide-gray-300 border-y border-gray-300">
            {visibleFields(step, held.answers).map((f) => {
              const label = askedLabel(f.path, locale, year);
              return (
                <div key={f.path} className="grid gap-1 py-2 sm:grid-cols-[2fr_2fr_auto] sm:gap-4">
                  <dt className="font-semibold">{label}</dt>
                  <dd className="break-words">
                    {formatAnswer(f.path, getAt(held.answers, f.path), locale)}
                    {getAt(held.answers, f.path) === null ? (
                      <span className="ml-2 rounded bg-amber-100 px-1 text-sm font-semibold text-amber-900">
                        {t("check.toConfirm")}
                      </span>
                    ) : null}
                    {held.pending[f.path] !== undefined ? (
                      <span className="block text-sm font-semibold text-red-700">
                        {t("check.typedNotSaved", { text: held.pending[f.path]! })}
                      </span>
                    ) : null}
                  </dd>
                  <dd>
                    <Link
                      href={`/assess/${id}/${step.id}?return=check#${fieldId(f.path)}`}
                      className="text-brand-800 underline"
                    >
                      {t("check.change")}
                      <span className="sr-only"> {label}</span>
                    </Link>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      <section aria-labelledby="submit-title" className="mt-10">
        <h2 id="submit-title" className="mb-2 text-xl font-bold">
          {t(held.replyToId ? "check.replySubmitTitle" : "check.submitTitle")}
        </h2>
        <p className="mb-4">
          {t(held.replyToId ? "check.replySubmitText" : "check.submitText", { ruleset: ruleset.title[locale] })}
        </p>
        <p className="mb-4">
          <Link href={`/assess/${id}/result`} className="text-brand-800 underline">
            {t("check.preview")}
          </Link>
        </p>
        <form action={submitAssessmentAction} noValidate>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={held.version} />
          {contactInvalid || noteInvalid ? (
            // Focused when it appears, linking to each field to correct (the typed text kept in it).
            <FocusedAlert
              key={JSON.stringify([contact.typed, noteInvalid])}
              className="mb-4 border-l-4 border-red-700 p-3 font-semibold text-red-700"
            >
              <p>{t(contactInvalid ? "check.contactInvalid" : "check.replyNoteInvalid")}</p>
              <ul className="mt-1 list-disc pl-5">
                {contactInvalid
                  ? CONTACT_KEYS.filter((key) => contact.typed?.[key] !== undefined).map((key) => (
                      <li key={key}>
                        <a href={`#${fieldId(`contact.${key}`)}`} className="underline">
                          {CONTACT_FIELDS[key].text[locale].label}
                        </a>
                      </li>
                    ))
                  : null}
                {noteInvalid ? (
                  <li>
                    <a href="#reply-note" className="underline">
                      {t("check.replyNote")}
                    </a>
                  </li>
                ) : null}
              </ul>
            </FocusedAlert>
          ) : null}
          <ContactFields contact={contact} mail={config().mail !== null} />
          {held.replyToId ? (
            <div className={`mb-6 ${noteInvalid ? "border-l-4 border-red-700 pl-4" : ""}`}>
              <label htmlFor="reply-note" className="mb-1 block font-semibold">
                {t("check.replyNote")}
              </label>
              <p id="reply-note-hint" className="mb-2 text-sm text-muted">
                {t("check.replyNoteHint")}
              </p>
              <textarea
                id="reply-note"
                name="replyNote"
                rows={4}
                maxLength={REPLY_NOTE_MAX}
                defaultValue={held.replyNote ?? ""}
                aria-describedby="reply-note-hint"
                aria-invalid={noteInvalid || undefined}
                className="w-full max-w-xl rounded border-2 border-gray-700 px-3 py-2"
              />
            </div>
          ) : null}
          <SubmitButton label={t(held.replyToId ? "check.submitReply" : "check.submit")} />
        </form>
      </section>
      <CheckGuard id={id} />
      <ResumeBox reference={held.reference} token={await heldToken(id)} />
    </div>
  );
}
