"use client";

import { useLocale, useTranslations } from "next-intl";
import { derive, DERIVED, type DerivedId } from "@/lib/criteria/derived";
import type { FlatFacts } from "@/lib/criteria/facts/catalogue";
import type { StepId } from "@/lib/criteria/facts/entry";
import { working } from "@/lib/criteria/working";
import { withYear } from "@/lib/criteria/years";
import { getAt, type Answers } from "@/lib/questionnaire/answers";

// The figures the rules use, worked out live as the user types, with the engine's own definitions.
const FIGURES: Partial<Record<StepId, readonly DerivedId[]>> = {
  finance: ["mainBusinessShare", "debtRatio", "rdIntensityY1", "rdIntensityY2", "revenueCagr2y"],
  people: ["rdStaffShare"],
};

/** A derived value's inputs from the answers being typed: a number, or null (text is not yet one). */
function inputsOf(id: DerivedId, answers: Answers): FlatFacts {
  const f: Record<string, unknown> = {};
  for (const path of DERIVED[id].inputs) {
    const v = getAt(answers, path);
    f[path] = typeof v === "number" && Number.isFinite(v) ? v : null;
  }
  return f as unknown as FlatFacts;
}

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
  return (
    <section aria-labelledby="derived-title" className="mb-8 rounded bg-gray-100 p-4">
      <h2 id="derived-title" className="mb-2 font-bold">
        {t("derivedTitle")}
      </h2>
      <dl className="space-y-1">
        {ids.map((id) => {
          const def = DERIVED[id];
          const { value, step: trace } = derive(id, inputsOf(id, answers));
          return (
            <div key={id} className="flex flex-wrap gap-x-2" data-testid={`derived-${id}`}>
              <dt className="font-semibold">
                {withYear(def.label[locale], "year" in def ? def.year : null, locale, assessmentYear)}
              </dt>
              <dd className="tabular-nums">
                {value === null ? t("derivedMissing") : working(trace, def.unit, locale, t("derivedMissing"))}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
