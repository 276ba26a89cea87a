// The export's columns, headed and worded in the reader's language: the list's columns, the key
// figures a reviewer compares applicants on (as numbers), the review (latest note, its reviewer,
// whether an outcome was overridden), then one column per other fact of the catalogue with the
// company's answer in words.
import { factLeaves, flattenFacts, PROVINCES, rulesets, valueLabel, valueUnit } from "@/lib/criteria";
import { leafOf } from "@/lib/criteria/facts/catalogue";
import { columnHeader } from "@/lib/criteria/facts/display";
import { UNIT_WORDS } from "@/lib/criteria/units";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import type { Answers } from "@/lib/questionnaire/answers";
import { answerCell } from "@/lib/questionnaire/format-answer";
import type { ListRow } from "./assessment-query";
import { KEY_FIGURES, keyFiguresOf } from "./key-figures";
import { beijingMinute } from "./beijing-time";
import { SCORED_TIERS, scoreCell, scoreOf } from "./tier-scores";

export const EXPORT_COLUMNS = [
  "reference",
  "companyName",
  "uscc",
  "province",
  "city",
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

const REVIEW_COLUMNS = ["reviewNote", "reviewer", "overridden"] as const;

/** The answers' columns after the key figures: each fact once, a key figure's in the front block. */
const FACT_COLUMNS = factLeaves.filter((l) => !(KEY_FIGURES as readonly string[]).includes(l.path));

/** Where the submission time is among the cells: a real date in a workbook, text in CSV. */
export const SUBMITTED_AT_COLUMN = EXPORT_COLUMNS.indexOf("submittedAt");

/** A key figure's column: the fact's own header, or a derived value's name with its unit. */
export function figureHeader(name: string, locale: Locale): string {
  if (leafOf(name)) return columnHeader(name, locale);
  const unit = valueUnit(name);
  const label = valueLabel(name, locale, null);
  const word = unit ? UNIT_WORDS[locale][unit] : null;
  if (!word) return label;
  return locale === "en" ? `${label} (${word})` : `${label}（${word}）`;
}

export function exportWords(locale: Locale) {
  // Plain lookups (these messages have no placeholders): no React-bound i18n in a CLI benchmark.
  const words = messages[locale].admin;
  const t = (group: "verdict" | "status", key: string) => (words[group] as Record<string, string>)[key] ?? key;
  const verdict = (v: string | null) => (v ? t("verdict", v) : "");
  return {
    sheet: words.export.sheet,
    header: [
      ...EXPORT_COLUMNS.map((c) => words.export.columns[c]),
      ...KEY_FIGURES.map((name) => figureHeader(name, locale)),
      ...SCORED_TIERS.map((tier) => words.export.columns[`${tier}Score`]),
      ...REVIEW_COLUMNS.map((c) => words.export.columns[c]),
      ...FACT_COLUMNS.map((l) => columnHeader(l.path, locale)),
    ],
    row(r: ListRow): (string | number | null)[] {
      const answers = (r.answers ?? {}) as Answers;
      const flat = flattenFacts(answers);
      const f = flat as Record<string, unknown>;
      return [
        r.reference,
        r.companyName,
        r.uscc,
        r.province ? (PROVINCES[r.province]?.[locale] ?? r.province) : null,
        r.city,
        r.industryCode,
        t("status", r.status),
        rulesets.find((s) => s.id === r.rulesetId)?.title[locale] ?? r.rulesetId,
        verdict(r.verdictInnovativeSme),
        verdict(r.verdictSpecializedSme),
        verdict(r.verdictLittleGiant),
        beijingMinute(r.submittedAt),
        r.designatedBatch,
        r.designatedYear,
        ...keyFiguresOf(flat).map((k) => k.value),
        ...SCORED_TIERS.map((tier) => scoreCell(scoreOf(r, tier))),
        r.reviewNote ?? null,
        r.reviewer ?? null,
        r.overridden ? words.export.yes : words.export.no,
        ...FACT_COLUMNS.map((l) => answerCell(l.path, f[l.path], locale)),
      ];
    },
  };
}
