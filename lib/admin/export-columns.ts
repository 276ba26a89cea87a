// The export's columns, headed and worded in the reader's language: the list's columns, then one
// column per fact of the catalogue with the company's answer in words.
import { factLeaves, flattenFacts, PROVINCES, rulesets } from "@/lib/criteria";
import { columnHeader } from "@/lib/criteria/facts/display";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import type { Answers } from "@/lib/questionnaire/answers";
import { answerCell } from "@/lib/questionnaire/format-answer";
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
    header: [
      ...EXPORT_COLUMNS.map((c) => words.export.columns[c]),
      ...factLeaves.map((l) => columnHeader(l.path, locale)),
    ],
    row(r: ListRow): (string | number | null)[] {
      const f = flattenFacts((r.answers ?? {}) as Answers) as Record<string, unknown>;
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
        ...factLeaves.map((l) => answerCell(l.path, f[l.path], locale)),
      ];
    },
  };
}
