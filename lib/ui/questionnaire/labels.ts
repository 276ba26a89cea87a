import { validationMessage } from "@/lib/criteria/messages";
import type { Locale } from "@/lib/criteria/types";

type T = (key: string, values?: Record<string, string | number>) => string;

/** A step issue's message: the questionnaire's own "required", or the engine's code with its bounds. */
export function issueMessage(
  t: T,
  code: string,
  label: string,
  locale: Locale,
  bounds: { min?: number; max?: number } = {},
): string {
  if (code === "required") return t("questionnaire.required", { label });
  if (code === "required_no_unknown") return t("questionnaire.requiredNoUnknown", { label });
  return validationMessage(code, locale, bounds);
}

/** A summary line names its field (and year): "2025年营业收入：请输入数字". */
export function namedIssueMessage(
  t: T,
  code: string,
  label: string,
  locale: Locale,
  bounds: { min?: number; max?: number } = {},
): string {
  const message = issueMessage(t, code, label, locale, bounds);
  return code === "required" || code === "required_no_unknown"
    ? message
    : t("questionnaire.namedIssue", { label, message });
}
