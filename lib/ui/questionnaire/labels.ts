import { VALIDATION_CODES, validationMessage, type ValidationCode } from "@/lib/criteria/messages";

type T = (key: string, values?: Record<string, string | number>) => string;

export function issueMessage(t: T, code: string, label: string, locale: "zh-CN" | "en"): string {
  if (code === "required") return t("questionnaire.required", { label });
  if (code === "required_no_unknown") return t("questionnaire.requiredNoUnknown", { label });
  const known = (VALIDATION_CODES as readonly string[]).includes(code);
  return validationMessage((known ? code : "invalid_value") as ValidationCode, locale);
}
