// The export's columns, headed and worded in the reader's language.
import { PROVINCES, rulesets } from "@/lib/criteria";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import type { ListRow } from "./assessment-query";

export const EXPORT_COLUMNS = [
  "reference",
  "companyName",
  "uscc",
  "province",
  "industryCode",
  "status",
  "ruleset",
  "innovative",
  "specialized",
  "littleGiant",
  "submittedAt",
  "designatedBatch",
  "designatedYear",
] as const;

const beijing = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

export function exportWords(locale: Locale) {
  // Plain lookups (these messages have no placeholders): no React-bound i18n in a CLI benchmark.
  const words = messages[locale].admin;
  const t = (group: "verdict" | "status", key: string) => (words[group] as Record<string, string>)[key] ?? key;
  const verdict = (v: string | null) => (v ? t("verdict", v) : "");
  return {
    sheet: words.export.sheet,
    header: EXPORT_COLUMNS.map((c) => words.export.columns[c]),
    row(r: ListRow): (string | number | null)[] {
      return [
        r.reference,
        r.companyName,
        r.uscc,
        r.province ? (PROVINCES[r.province]?.[locale] ?? r.province) : null,
        r.industryCode,
        t("status", r.status),
        rulesets.find((s) => s.id === r.rulesetId)?.title[locale] ?? r.rulesetId,
        verdict(r.verdictInnovativeSme),
        verdict(r.verdictSpecializedSme),
        verdict(r.verdictLittleGiant),
        beijing.format(r.submittedAt),
        r.designatedBatch,
        r.designatedYear,
      ];
    },
  };
}
