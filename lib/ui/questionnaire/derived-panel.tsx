"use client";

import { useLocale, useTranslations } from "next-intl";
import { derive, DERIVED, type DerivedId } from "@/lib/criteria/derived";
import { flattenAnswers } from "@/lib/criteria/facts/flatten";
import type { StepId } from "@/lib/criteria/facts/entry";
import { withYear } from "@/lib/criteria/facts/label";
import { working } from "@/lib/criteria/working";
import type { Answers } from "@/lib/questionnaire/answers";

// The figures the rules use, worked out live as the user types, with the engine's own definitions.
const FIGURES: Partial<Record<StepId, readonly DerivedId[]>> = {
  finance: ["mainBusinessShare", "debtRatio", "rdIntensityY1", "rdIntensityY2", "revenueCagr2y"],
  people: ["rdStaffShare"],
};

export function DerivedPanel({
  step,
  answers,
  assessmentYear,
}: {
  step: StepId;
  answers: Answers;
  assessmentYear: number | null;
}) {
  const t = useTranslations("questionnaire");
  const locale = useLocale();
  const ids = FIGURES[step];
  if (!ids) return null;
  const f = flattenAnswers(answers);
  return (
    <section aria-labelledby="derived-title" className="mb-8 rounded bg-gray-100 p-4">
      <h2 id="derived-title" className="mb-2 font-bold">
        {t("derivedTitle")}
      </h2>
      <dl className="space-y-1">
        {ids.map((id) => {
          const def = DERIVED[id];
          const { value, step: trace } = derive(id, f);
          return (
            <div key={id} className="flex flex-wrap gap-x-2" data-testid={`derived-${id}`}>
              <dt className="font-semibold">
                {withYear(def.label[locale], "year" in def ? def.year : null, locale, assessmentYear)}
              </dt>
              <dd className="tabular-nums">
                {value === null ? t("derivedMissing") : working(trace, locale, t("derivedMissing"))}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
