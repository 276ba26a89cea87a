import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { correctAction } from "@/lib/admin/actions/assessment-actions";
import { CORRECTABLE_KINDS } from "@/lib/admin/correct-fact";
import type { AssessmentDetail } from "@/lib/admin/get-assessment";
import { tierTitle, type Locale, type RulesetId } from "@/lib/criteria";
import { askedLabel } from "@/lib/criteria/facts/display";
import { getAt } from "@/lib/questionnaire/answers";
import { formatAnswer } from "@/lib/questionnaire/format-answer";
import { visibleFields } from "@/lib/questionnaire/journey";
import { steps } from "@/lib/questionnaire/steps";
import { DiffView } from "@/lib/ui/report/diff-view";
import { ActionForm } from "./action-form";

/**
 * Correcting submitted figures: the corrections made (in force or not), a form while in review,
 * and the evaluation as submitted beside the one from the corrected figures.
 */
export async function CorrectionPanel({ detail, ruleset }: { detail: AssessmentDetail; ruleset: RulesetId }) {
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const year = typeof detail.answers.assessmentYear === "number" ? detail.answers.assessmentYear : null;
  const answers = detail.correctedAnswers ?? detail.answers;
  const answer = (path: string, value: unknown) => formatAnswer(path, value, locale) || "—";
  // The figures the company was asked, with the value in force now.
  const options = steps.flatMap((step) =>
    visibleFields(step, detail.answers)
      .filter((f) => CORRECTABLE_KINDS.includes(f.kind))
      .map((f) => ({
        value: f.path,
        label: t("correct.option", {
          label: askedLabel(f.path, locale, year),
          value: answer(f.path, getAt(answers, f.path)),
        }),
      })),
  );
  return (
    <section aria-labelledby="correct-title" className="space-y-3" data-testid="correction-panel">
      <h2 id="correct-title" className="text-xl font-bold">
        {t("correct.title")}
      </h2>
      <p className="text-sm text-muted">{t("correct.intro")}</p>
      {detail.corrections.length === 0 ? (
        <p className="text-sm">{t("correct.none")}</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="corrections">
          {[...detail.corrections].reverse().map((c) => (
            <li
              key={c.id}
              className={`border-l-4 pl-2 ${c.inForce ? "border-brand-700" : "border-gray-300 text-muted"}`}
            >
              <p className="font-semibold break-words">
                {t("correct.item", {
                  label: askedLabel(c.path, locale, year),
                  from: answer(c.path, c.submitted),
                  to: answer(c.path, c.value),
                })}
                {c.inForce ? null : ` ${t("correct.superseded")}`}
              </p>
              <p className="break-words">
                {t("correct.by", { date: when(c.createdAt), email: c.actorEmail, reason: c.reason })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {detail.status === "in_review" ? (
        <ActionForm
          id="correct"
          action={correctAction}
          hidden={{ id: detail.id }}
          fields={[
            {
              name: "path",
              label: t("correct.path"),
              kind: "select",
              options: [{ value: "", label: t("correct.pathChoose") }, ...options],
            },
            { name: "value", label: t("correct.value"), hint: t("correct.valueHint"), kind: "text" },
            { name: "unknown", label: t("correct.unknown"), kind: "checkbox" },
            {
              name: "reason",
              label: t("correct.reason"),
              hint: t("correct.reasonHint"),
              kind: "textarea",
              required: true,
            },
          ]}
          submitLabel={t("correct.submit")}
          summaryTitle={t("errors.summaryTitle")}
        />
      ) : (
        <p className="text-sm">{t("correct.onlyInReview")}</p>
      )}
      {detail.correctionDiff ? (
        <DiffView
          diff={detail.correctionDiff}
          tierTitle={(tier) => tierTitle(locale, ruleset, tier as "little-giant")}
          title={t("correct.diffTitle")}
          left={t("correct.diffLeft")}
          right={t("correct.diffRight")}
          testId="correction-evaluations"
        />
      ) : null}
    </section>
  );
}
