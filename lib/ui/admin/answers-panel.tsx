import { getLocale, getTranslations } from "next-intl/server";
import { getAt, type Answers } from "@/lib/questionnaire/answers";
import { visibleFields } from "@/lib/questionnaire/journey";
import { steps } from "@/lib/questionnaire/steps";
import { askedLabel } from "@/lib/criteria/facts/display";
import { formatAnswer } from "@/lib/questionnaire/format-answer";

/** The company's answers, step by step, worded as on its own check page. */
export async function AnswersPanel({ answers }: { answers: Answers }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const year = typeof answers.assessmentYear === "number" ? answers.assessmentYear : null;
  return (
    <section aria-labelledby="answers-title" className="space-y-4">
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
              <div key={f.path} className="grid grid-cols-2 gap-2 py-1">
                <dt className="font-semibold">{askedLabel(f.path, locale, year)}</dt>
                <dd className="break-words">{formatAnswer(f.path, getAt(answers, f.path), locale) || "—"}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
