import { TIER_IDS, tierTitle, type Locale, type RulesetId } from "@/lib/criteria";
import { explainRow, type Explained } from "./explain-row";
import type { ScreenedRow } from "./screen-file";
import { screeningText } from "./words";

// The columns of a screening's results as a table (the XLSX summary sheet and the CSV): the firm,
// each tier's verdict with the number of its criteria not met and undetermined, the next tier
// within reach and its gaps, the row's problems, then the input columns as they were read.

export type ResultRow = Pick<ScreenedRow, "row" | "name" | "cells" | "facts" | "issues" | "result">;

export type ResultWords = {
  header: string[];
  /** The row's summary cells, and the row in words (null for a row with problems). */
  row(r: ResultRow): { cells: (string | number)[]; explained: Explained | null };
};

export function resultWords(
  locale: Locale,
  ruleset: RulesetId,
  headings: readonly string[],
  today: string,
): ResultWords {
  const t = (key: string, params: Record<string, string> = {}) => screeningText(locale, key, params);
  const sep = locale === "en" ? "; " : "；";
  const header = [
    t("export.row"),
    t("export.name"),
    t("export.ruleset"),
    ...TIER_IDS.flatMap((tier) => {
      const title = tierTitle(locale, ruleset, tier);
      return [
        t("export.verdict", { tier: title }),
        t("export.notMet", { tier: title }),
        t("export.unknown", { tier: title }),
      ];
    }),
    t("export.next"),
    t("export.gaps"),
    t("export.issues"),
    ...headings,
  ];
  return {
    header,
    row(r) {
      const result = r.result;
      const explained = result && r.facts ? explainRow(r.facts, result.ruleset, result.next, locale, today) : null;
      const tiers = TIER_IDS.flatMap((tier) => {
        const s = result?.tiers[tier];
        return s ? [t(`verdicts.${s.verdict}`), s.notMet.length, s.unknown.length + s.manual.length] : ["", "", ""];
      });
      const next = explained ? (explained.next?.title ?? t("noneLeft")) : "";
      return {
        cells: [
          r.row,
          r.name ?? "",
          result?.ruleset ?? "",
          ...tiers,
          next,
          explained?.next?.gaps.join(sep) ?? "",
          r.issues.map((i) => `${i.column}: ${i.message}`).join(sep),
          ...r.cells,
        ],
        explained,
      };
    },
  };
}
