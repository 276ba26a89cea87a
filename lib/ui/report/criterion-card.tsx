import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { valueLabel, valueUnit, type CriterionResult } from "@/lib/criteria";
import { formatAnswer } from "@/lib/criteria/facts/display";
import { localNumber } from "@/lib/criteria/format";
import { terms } from "@/lib/criteria/labels";
import { withUnit } from "@/lib/criteria/units";
import { figureUse, metFacts, notAsked, type MetFact } from "@/lib/criteria/labels/figure-notes";
import { formatValue, working as workingOf } from "@/lib/criteria/working";
import { getAt, type Answers } from "@/lib/questionnaire/answers";
import { OutcomeBadge } from "./outcome-badge";

type Props = {
  criterion: CriterionResult;
  /** The card's anchor, unique on the page (a criterion may appear in several tiers). */
  anchor: string;
  assessmentYear: number | null;
  /** The answers evaluated: an empty figure whose question was never shown reads "not asked". */
  answers?: Answers;
  /** What a page adds below the card's source (the review desk: overrides, links to the answers). */
  children?: ReactNode;
};

/** One criterion: outcome, the firm's figures beside the requirement, the working, the source. */
export async function CriterionCard({ criterion: c, anchor, assessmentYear, answers, children }: Props) {
  const t = await getTranslations("report");
  const locale = await getLocale();
  const unknown = t("unknownValue");
  const label = (name: string) => valueLabel(name, locale, assessmentYear);
  const read = (path: string) => (answers ? getAt(answers, path) : undefined);
  const shown = (name: string, v: number | null) =>
    v === null && answers && notAsked(name, read) ? t("notAsked") : formatValue(v, valueUnit(name), locale, unknown);
  const metText = (m: MetFact) => {
    if (m.kind === "score") {
      const range =
        m.min === m.max ? localNumber(m.min, locale) : `${localNumber(m.min, locale)}–${localNumber(m.max, locale)}`;
      return withUnit(range, "分", locale);
    }
    return typeof m.value === "number" ? shown(m.name, m.value) : formatAnswer(m.name, m.value, locale);
  };
  const purposeOf = (name: string) => {
    const use = figureUse(c, name);
    if (!use) return null;
    const words = terms[locale].score;
    return use.kind === "score"
      ? t("figureScored", { group: words[use.group], item: words[use.item] })
      : t("figureBound", { op: use.op, value: formatValue(use.value, valueUnit(name), locale, unknown) });
  };
  const met = metFacts(c);
  const working = c.trace.filter((s) => s.kind === "derived");
  // A figure with its working is read there, once (a long card is a long phone screen).
  const values = Object.entries(c.values).filter(([name]) => !working.some((s) => s.name === name));
  // Values on a bound the text leaves open (two plain ranges share it): say how it was counted.
  const boundaries = c.trace.flatMap((s) => {
    const input = Object.entries(s.inputs)[0];
    return s.kind === "note" && s.name === "ambiguousBound" && input
      ? [{ name: input[0], x: input[1], points: s.value }]
      : [];
  });
  const figures = (list: { name: string; text: string }[]) => (
    <ul>
      {list.map((f) => (
        <li key={f.name}>{t("figure", { name: label(f.name), value: f.text })}</li>
      ))}
    </ul>
  );
  return (
    <li id={anchor} className="break-inside-avoid border-b border-gray-300 py-4" data-testid={`criterion-${c.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold">{c.label}</h3>
        <OutcomeBadge outcome={c.outcome} text={t(`outcome.${c.outcome}`)} />
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm [overflow-wrap:anywhere] sm:grid-cols-[8rem_1fr]">
        <dt className="text-muted">{t("requirement")}</dt>
        <dd>{c.explanation}</dd>
        {met.length > 0 ? (
          <>
            <dt className="text-muted">{t("metBy")}</dt>
            <dd data-testid="met-by">{figures(met.map((m) => ({ name: m.name, text: metText(m) })))}</dd>
          </>
        ) : null}
        {values.length > 0 ? (
          <>
            <dt className="text-muted">{t("yourFigures")}</dt>
            <dd>{figures(values.map(([name, v]) => ({ name, text: shown(name, v) })))}</dd>
          </>
        ) : null}
        {working.length > 0 ? (
          <>
            <dt className="text-muted">{t("working")}</dt>
            <dd>
              <ul>
                {working.map((s) => {
                  const line = `${label(s.name)} = ${workingOf(s, valueUnit(s.name), locale, unknown)}`;
                  const use = purposeOf(s.name);
                  return (
                    <li key={s.name} className="tabular-nums">
                      {use ? t("figureUse", { working: line, use }) : line}
                    </li>
                  );
                })}
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
          {c.gaps.map((g, i) => (
            <li key={g.message}>
              {/* A route of an OR after the first of its group: any one suffices, as the plan says. */}
              {g.alternative && c.gaps.slice(0, i).some((x) => x.alternative?.group === g.alternative?.group)
                ? `${t("planOr")} `
                : null}
              {g.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-2 text-xs text-muted">
        {t("basis", { reference: c.reference })}
        {c.confidence !== "confirmed" ? (
          <a
            href={`#confidence-${c.confidence}`}
            className="ml-2 inline-block font-semibold text-amber-900 underline"
            data-testid="confidence-marker"
          >
            {t(`confidenceMarker.${c.confidence}`)}
          </a>
        ) : null}
      </p>
      {children}
    </li>
  );
}
