import { askedLabel, helpText, optionLabel, questionText } from "@/lib/criteria/facts/display";
import type { Locale } from "@/lib/criteria/types";
import { yearWord } from "@/lib/criteria/years";
import type { Field } from "./fields";

/**
 * The words of one page's questions in the reader's language, worked out on the server from the
 * fact catalogue, so that the browser is sent one page's words instead of the whole catalogue.
 */
export type StepTexts = {
  /** Each question as one line names it ("2025年净利润"): labels, error messages. */
  labels: Record<string, string>;
  /** A yearly figure's input within its fieldset ("2025年"). */
  years: Record<string, string>;
  /** By entry: the question (a fieldset's legend), its help and its options' words. */
  questions: Record<string, { question: string; help: string; options: Record<string, string> }>;
};

export function stepTexts(
  step: { fields: readonly Field[] },
  locale: Locale,
  assessmentYear: number | null,
): StepTexts {
  const texts: StepTexts = { labels: {}, years: {}, questions: {} };
  for (const f of step.fields) {
    texts.labels[f.path] = askedLabel(f.path, locale, assessmentYear);
    if (f.year) texts.years[f.path] = yearWord(f.year, locale, assessmentYear);
    texts.questions[f.entryPath] ??= {
      question: questionText(f.entryPath, locale),
      help: helpText(f.entryPath, locale),
      options: Object.fromEntries((f.options ?? []).map((o) => [o, optionLabel(f.entryPath, o, locale)])),
    };
  }
  return texts;
}
