import type { Locale } from "../types";

// One entry of the fact catalogue (catalogue/*.ts): everything about one fact of criteria.md
// section 1. The facts schema, the questionnaire's steps, the check page, the report's labels
// and units and the admin export are all derived from these entries.

/** How a fact is asked and validated; each kind is one control in lib/ui/questionnaire. */
export type FactKind =
  | "money" // 万元, >= 0, thousands separators
  | "signedMoney" // 万元, may be negative (net profit)
  | "count" // whole number >= 0
  | "percent" // 0..100
  | "score" // 0..100, decimals allowed
  | "number" // another bounded number (the assessment year, a rank, the local score)
  | "level" // a small integer scale shown as radios (digital level 0..4)
  | "flag" // yes / no
  | "choice" // one of the options
  | "choices" // any of the options (none allowed)
  | "text"
  | "uscc"
  | "province"
  | "industry"
  | "date";

/** The unit a fact is measured in; its words in each language are in ../units.ts. */
export type FactUnit = "万元" | "%" | "人" | "项" | "年" | "分" | "位" | "级";

/** The questionnaire's pages, in order. A fact names the page that asks it. */
export const STEP_IDS = [
  "about",
  "company",
  "standing",
  "titles",
  "finance",
  "people",
  "market",
  "ip",
  "innovation",
  "management",
  "field",
  "scores",
] as const;
export type StepId = (typeof STEP_IDS)[number];

export type YearKey = "y1" | "y2" | "y3";

/**
 * When a fact is asked at all, as data (so the client, the server, the check page and the
 * exports read the same rule); see ask.ts for how an unknown condition is treated.
 */
export type AskIf = { path: string; whenUnknown?: boolean } & (
  { is: boolean } | { above: number } | { below: number } | { equals: string }
);

export interface FactText {
  /** A noun phrase: the fact's name in the report, the export and gap sentences ("营业收入"). */
  label: string;
  /** The question as the questionnaire asks it, where it differs from the label. */
  question?: string;
  /** What counts, where the figure comes from; shown under the question and in the template. */
  help: string;
}

export interface FactEntry<V = unknown> {
  kind: FactKind;
  step: StepId;
  /** A figure asked for several fiscal years: y1 (last year), y2, y3 before it. */
  years?: 2 | 3;
  unit: FactUnit | null;
  /** The values of a choice, choices or level, in the order they are offered. */
  options?: readonly string[];
  optionText?: Readonly<Record<string, Readonly<Record<Locale, string>>>>;
  min?: number;
  max?: number;
  /** False where "don't know" makes no sense (e.g. whether this is a review). */
  unknownAllowed: boolean;
  askIf?: AskIf;
  text: Readonly<Record<Locale, FactText>>;
  /** Phantom: the type of one answer (of one year). */
  readonly value?: V;
}
