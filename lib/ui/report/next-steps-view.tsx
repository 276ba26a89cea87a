import { getTranslations } from "next-intl/server";
import type { NextStep } from "@/lib/report/next-steps";

export async function NextStepsView({
  steps,
  labelOf,
}: {
  steps: NextStep[];
  labelOf: (tier: string, id: string) => string;
}) {
  const t = await getTranslations("report");
  return (
    <section aria-labelledby="next-title" className="break-inside-avoid">
      <h2 id="next-title" className="mb-2 text-xl font-bold">
        {t("nextStepsTitle")}
      </h2>
      {steps.length === 0 ? (
        <p>{t("nextStepsNone")}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-muted">{t("nextStepsIntro")}</p>
          <ol className="list-decimal space-y-1 pl-6" data-testid="next-steps">
            {steps.map((s) => (
              <li key={s.message}>
                <span className="font-semibold">{s.message}</span>
                <span className="text-sm text-muted">{` (${[...new Set(s.criteria.map((c) => labelOf(c.tier, c.id)))].join(" · ")})`}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
