import { getLocale, getTranslations } from "next-intl/server";
import { getAt, type Answers } from "@/lib/questionnaire/answers";
import { visibleFields } from "@/lib/questionnaire/journey";
import { steps } from "@/lib/questionnaire/steps";
import { askedLabel } from "@/lib/criteria/facts/display";
import { formatAnswer } from "@/lib/questionnaire/format-answer";

/** The anchor of one answer's row, which the evaluation's criteria link to. */
export const answerAnchor = (path: string) => `answer-${path.replace(/\./g, "-")}`;

/** The paths of the answers the panel shows (the questions the company was asked). */
export const shownAnswerPaths = (answers: Answers): Set<string> =>
  new Set(steps.flatMap((step) => visibleFields(step, answers).map((f) => f.path)));

/**
 * The company's answers, step by step, worded as on its own check page, each figure a reviewer
 * corrected marked with the value in force. Beside the long
 * evaluation on a wide screen they stay in view and scroll on their own (focusable, so a keyboard
 * scrolls them too): a criterion's links bring its answers up.
 */
export async function AnswersPanel({ answers, corrected }: { answers: Answers; corrected: Answers | null }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const year = typeof answers.assessmentYear === "number" ? answers.assessmentYear : null;
  return (
    <section
      aria-labelledby="answers-title"
      tabIndex={0}
      className="min-w-0 space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2"
    >
      <h2 id="answers-title" className="text-xl font-bold">
        {t("admin.detail.answers")}
      </h2>
      {steps.map((step) => (
        <section key={step.id} aria-labelledby={`answers-${step.id}`}>
          <h3 id={`answers-${step.id}`} className="font-bold">
            {t(`steps.${step.id}.title`)}
          </h3>
          <dl className="divide-y divide-gray-200 border-y border-gray-300 text-sm">
            {visibleFields(step, answers).map((f) => (
              <div
                key={f.path}
                id={answerAnchor(f.path)}
                className="grid scroll-mt-4 grid-cols-2 gap-2 py-1 target:bg-amber-50"
              >
                <dt className="font-semibold">{askedLabel(f.path, locale, year)}</dt>
                <dd className="break-words">
                  {formatAnswer(f.path, getAt(answers, f.path), locale) || "—"}
                  {corrected && JSON.stringify(getAt(corrected, f.path)) !== JSON.stringify(getAt(answers, f.path)) ? (
                    <span className="block font-semibold text-brand-800" data-testid="corrected-answer">
                      {t("admin.detail.correctedTo", {
                        value: formatAnswer(f.path, getAt(corrected, f.path), locale) || "—",
                      })}
                    </span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
