import { getLocale, getTranslations } from "next-intl/server";
import { valueLabel, valueUnit, type CriterionResult } from "@/lib/criteria";
import { formatValue, working as workingOf } from "@/lib/criteria/working";
import { OutcomeBadge } from "./outcome-badge";

type Props = { criterion: CriterionResult; assessmentYear: number | null };

/** One criterion: outcome, the firm's figures beside the requirement, the working, the source. */
export async function CriterionCard({ criterion: c, assessmentYear }: Props) {
  const t = await getTranslations("report");
  const locale = await getLocale();
  const unknown = t("unknownValue");
  const label = (name: string) => valueLabel(name, locale, assessmentYear);
  const values = Object.entries(c.values);
  const working = c.trace.filter((s) => s.kind === "derived");
  // Values on a bound the text leaves open (two plain ranges share it): say how it was counted.
  const boundaries = c.trace.flatMap((s) => {
    const input = Object.entries(s.inputs)[0];
    return s.kind === "note" && s.name === "ambiguousBound" && input
      ? [{ name: input[0], x: input[1], points: s.value }]
      : [];
  });
  return (
    <li className="break-inside-avoid border-b border-gray-300 py-4" data-testid={`criterion-${c.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold">{c.label}</h3>
        <OutcomeBadge outcome={c.outcome} text={t(`outcome.${c.outcome}`)} />
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-muted">{t("requirement")}</dt>
        <dd>{c.explanation}</dd>
        {values.length > 0 ? (
          <>
            <dt className="text-muted">{t("yourFigures")}</dt>
            <dd>
              {values
                .map(([name, v]) => `${label(name)} ${formatValue(v, valueUnit(name), locale, unknown)}`)
                .join(locale === "en" ? "; " : "；")}
            </dd>
          </>
        ) : null}
        {working.length > 0 ? (
          <>
            <dt className="text-muted">{t("working")}</dt>
            <dd>
              <ul>
                {working.map((s) => (
                  <li key={s.name} className="tabular-nums">
                    {`${label(s.name)} = ${workingOf(s, valueUnit(s.name), locale, unknown)}`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {boundaries.map((b) => (
        <p key={b.name} className="mt-2 text-sm text-amber-900">
          {t("ambiguousBound", {
            name: label(b.name),
            value: formatValue(typeof b.x === "number" ? b.x : null, valueUnit(b.name), locale, unknown),
            points: String(b.points),
          })}
        </p>
      ))}
      {c.size?.outsideReason ? (
        <p className="mt-2 text-sm font-semibold text-amber-900">{c.size.outsideReason}</p>
      ) : null}
      {c.outcome === "not_met" && c.gaps.length > 0 ? (
        <ul className="mt-2 list-disc pl-6 text-sm font-semibold text-red-900">
          {c.gaps.map((g) => (
            <li key={g.message}>{g.message}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-2 text-xs text-muted">{t("basis", { reference: c.reference })}</p>
      {c.confidence !== "confirmed" ? (
        <p className="mt-1 text-xs font-semibold text-amber-900">{t(`confidence.${c.confidence}`)}</p>
      ) : null}
    </li>
  );
}
