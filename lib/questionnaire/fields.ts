import type { FactPath, Leaf } from "@/lib/criteria/facts/catalogue";
import type { AskIf, FactKind, FactUnit, YearKey } from "@/lib/criteria/facts/entry";
import { isAsked } from "@/lib/criteria/facts/ask";
import type { ValidationCode } from "@/lib/criteria/messages";
import { getAt, type Answers } from "./answers";

/**
 * One question of the questionnaire: a leaf of the fact catalogue as asked, as plain data (a page
 * sends it to the browser, which validates with the same leaf schemas as the server). Each kind is
 * one small component in lib/ui/questionnaire.
 */
export type Field = {
  /** Dotted facts path, e.g. "finance.revenue.y1". */
  path: FactPath;
  /** The catalogue entry's path: "finance.revenue" for all three years of revenue. */
  entryPath: string;
  year: YearKey | null;
  kind: FactKind;
  options?: readonly string[];
  /** False where "don't know" makes no sense (e.g. whether this is a review). */
  unknownAllowed: boolean;
  askIf?: AskIf;
  unit: FactUnit | null;
  /** The bounds of a bounded number (a year, a rank, a score). */
  min?: number;
  max?: number;
  integer?: boolean;
  rangeCode?: ValidationCode;
};

export function fieldOf(leaf: Leaf): Field {
  const { entry } = leaf;
  const ranged = entry as { min?: number; max?: number; integer?: boolean; rangeCode?: ValidationCode };
  return {
    path: leaf.path,
    entryPath: leaf.entryPath,
    year: leaf.year,
    kind: entry.kind,
    unknownAllowed: entry.unknownAllowed,
    unit: entry.unit,
    ...(entry.options ? { options: entry.options } : {}),
    ...(entry.askIf ? { askIf: entry.askIf } : {}),
    ...(ranged.min !== undefined ? { min: ranged.min } : {}),
    ...(ranged.max !== undefined ? { max: ranged.max } : {}),
    ...(ranged.integer !== undefined ? { integer: ranged.integer } : {}),
    ...(ranged.rangeCode !== undefined ? { rangeCode: ranged.rangeCode } : {}),
  };
}

/** Whether the question is asked, given the answers so far (e.g. equity financing only at low revenue). */
export function isShown(field: Field, answers: Answers): boolean {
  return isAsked(field.askIf, (path) => getAt(answers, path));
}

/** The questions of a page that are asked, given the answers so far. */
export function visibleFields(step: { fields: readonly Field[] }, answers: Answers): Field[] {
  return step.fields.filter((f) => isShown(f, answers));
}
