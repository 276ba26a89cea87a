"use client";

import { useTranslations } from "next-intl";
import { getAt, type Answers } from "@/lib/questionnaire/answers";
import type { StepId } from "@/lib/questionnaire/steps";

type Figure = {
  key: string;
  label: string;
  parts: [number | null, number | null];
  value: (a: number, b: number) => number | null;
};

const num = (a: Answers, path: string) => {
  const v = getAt(a, path);
  return typeof v === "number" ? v : null;
};
const ratio = (a: number, b: number) => (b > 0 ? (a / b) * 100 : null);
const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 1 });

/** The figures the rules use, worked out live as the user types, each with its formula. */
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
  const y = (n: number) => (assessmentYear ? assessmentYear - n : "");
  const figures: Figure[] =
    step === "finance"
      ? [
          {
            key: "mainBusinessShare",
            label: t("derived.mainBusinessShare"),
            parts: [num(answers, "finance.mainRevenue.y1"), num(answers, "finance.revenue.y1")],
            value: ratio,
          },
          {
            key: "debtRatio",
            label: t("derived.debtRatio"),
            parts: [num(answers, "finance.totalLiabilities"), num(answers, "finance.totalAssets")],
            value: ratio,
          },
          {
            key: "rdIntensityY1",
            label: t("derived.rdIntensityY1", { year: y(1) }),
            parts: [num(answers, "finance.rdExpense.y1"), num(answers, "finance.revenue.y1")],
            value: ratio,
          },
          {
            key: "rdIntensityY2",
            label: t("derived.rdIntensityY2", { year: y(2) }),
            parts: [num(answers, "finance.rdExpense.y2"), num(answers, "finance.revenue.y2")],
            value: ratio,
          },
          {
            key: "revenueCagr",
            label: t("derived.revenueCagr"),
            parts: [num(answers, "finance.revenue.y1"), num(answers, "finance.revenue.y3")],
            value: (a, b) => (a >= 0 && b > 0 ? (Math.sqrt(a / b) - 1) * 100 : null),
          },
        ]
      : step === "people"
        ? [
            {
              key: "rdStaffShare",
              label: t("derived.rdStaffShare"),
              parts: [num(answers, "people.rdStaff"), num(answers, "people.employees")],
              value: ratio,
            },
          ]
        : [];
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="derived-title" className="mb-8 rounded bg-gray-100 p-4">
      <h2 id="derived-title" className="mb-2 font-bold">
        {t("derivedTitle")}
      </h2>
      <dl className="space-y-1">
        {figures.map((f) => {
          const [a, b] = f.parts;
          const value = a !== null && b !== null ? f.value(a, b) : null;
          const formula =
            f.key === "revenueCagr" ? `√(${fmt(a ?? 0)} ÷ ${fmt(b ?? 0)}) − 1` : `${fmt(a ?? 0)} ÷ ${fmt(b ?? 0)}`;
          return (
            <div key={f.key} className="flex flex-wrap gap-x-2" data-testid={`derived-${f.key}`}>
              <dt className="font-semibold">{f.label}</dt>
              <dd className="tabular-nums">
                {value === null ? t("derivedMissing") : `${formula} = ${value.toFixed(1)}%`}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
