// The figures a reviewer compares applicants on, from an assessment's answers: what the ladder's
// thresholds are mostly about. Each is a fact or one of the engine's derived values, so its label
// and unit come from the catalogue (valueLabel, valueUnit) like every other figure.
import { derive, isDerivedId } from "@/lib/criteria/derived";
import { flattenAnswers, type FlatFacts } from "@/lib/criteria/facts/flatten";
import { round2 } from "@/lib/criteria/logic";
import type { Answers } from "@/lib/questionnaire/answers";

export const KEY_FIGURES = [
  "finance.revenue.y1",
  "revenueGrowthY1",
  "rdIntensityY1",
  "mainBusinessShare",
  "debtRatio",
  "ip.classOne",
  "market.shareDomestic",
] as const;

export type KeyFigure = { name: (typeof KEY_FIGURES)[number]; value: number | null };

export function keyFigures(answers: Answers): KeyFigure[] {
  return keyFiguresOf(flattenAnswers(answers));
}

/** The same from answers already flattened (the export flattens each row once). */
export function keyFiguresOf(facts: FlatFacts): KeyFigure[] {
  return KEY_FIGURES.map((name) => {
    if (isDerivedId(name)) {
      const v = derive(name, facts).value;
      return { name, value: v === null ? null : round2(v) };
    }
    const v = facts[name];
    return { name, value: typeof v === "number" ? v : null };
  });
}
