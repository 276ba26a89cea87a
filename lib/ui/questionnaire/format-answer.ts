import { PROVINCES } from "@/lib/criteria/provinces";
import { optionSetOf, type Field } from "@/lib/questionnaire/fields";
import { industryPath } from "@/lib/questionnaire/industries";
import { formatNumber } from "@/lib/questionnaire/number-text";

type T = (key: string, values?: Record<string, string | number>) => string;

/** An answer as the check page shows it, in the reader's language. */
export function formatAnswer(t: T, field: Field, value: unknown, locale: "zh-CN" | "en"): string {
  if (value === null) return t("check.unknown");
  if (value === undefined) return "";
  switch (field.kind) {
    case "flag":
      return value ? t("questionnaire.yes") : t("questionnaire.no");
    case "choice":
    case "level":
      return t(`options.${optionSetOf(field.path)}.${String(value)}`);
    case "choices": {
      const list = value as string[];
      return list.length === 0
        ? t("check.none")
        : list.map((v) => t(`options.${optionSetOf(field.path)}.${v}`)).join(locale === "en" ? "; " : "、");
    }
    case "province":
      return PROVINCES[String(value)]?.[locale] ?? String(value);
    case "industry": {
      const last = industryPath(String(value)).at(-1);
      return last ? `${String(value)} ${locale === "en" ? last.en : last.zh}` : String(value);
    }
    case "money":
    case "signedMoney":
    case "count":
    case "percent":
    case "score":
    case "number": {
      const n = formatNumber(value as number, field.kind === "money" || field.kind === "signedMoney");
      return field.unit ? `${n} ${t(`units.${field.unit}`)}` : n;
    }
    default:
      return String(value);
  }
}
