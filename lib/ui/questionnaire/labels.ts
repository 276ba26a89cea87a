import { VALIDATION_CODES, validationMessage, type ValidationCode } from "@/lib/criteria/messages";

type T = (key: string, values?: Record<string, string | number>) => string;

const YEAR = /^(.*)\.y([123])$/;

/** "2025年" for y1 when the assessment year is 2026. */
export function yearLabel(t: T, n: number, assessmentYear: number | null): string {
  return assessmentYear
    ? t("questionnaire.yearLabel", { year: assessmentYear - n })
    : t("questionnaire.yearLabelUnknown", { n });
}

/** The full label of a question, e.g. "营业收入（2025年）" for finance.revenue.y1. */
export function fieldLabel(t: T, path: string, assessmentYear: number | null, locale: string): string {
  const year = YEAR.exec(path);
  if (!year) return t(`questions.${path}.label`);
  const group = t(`questions.${year[1]}.label`);
  const when = yearLabel(t, Number(year[2]), assessmentYear);
  return locale === "en" ? `${group} (${when})` : `${group}（${when}）`;
}

export function issueMessage(t: T, code: string, label: string, locale: "zh-CN" | "en"): string {
  if (code === "required") return t("questionnaire.required", { label });
  if (code === "required_no_unknown") return t("questionnaire.requiredNoUnknown", { label });
  const known = (VALIDATION_CODES as readonly string[]).includes(code);
  return validationMessage((known ? code : "invalid_value") as ValidationCode, locale);
}
