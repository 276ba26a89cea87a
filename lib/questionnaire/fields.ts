import type { FactPath, Leaf } from "@/lib/criteria/facts/catalogue";
import type { AskIf, FactKind, FactUnit, YearKey } from "@/lib/criteria/facts/entry";
import { isAsked } from "@/lib/criteria/facts/ask";
import { getAt, type Answers } from "./answers";

/**
 * One question of the questionnaire: a leaf of the fact catalogue as asked. Each kind is one
 * small component in lib/ui/questionnaire; its value is validated by the engine's facts schema.
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
};

export function fieldOf(leaf: Leaf): Field {
  const { entry } = leaf;
  return {
    path: leaf.path,
    entryPath: leaf.entryPath,
    year: leaf.year,
    kind: entry.kind,
    unknownAllowed: entry.unknownAllowed,
    unit: entry.unit,
    ...(entry.options ? { options: entry.options } : {}),
    ...(entry.askIf ? { askIf: entry.askIf } : {}),
  };
}

/** Whether the question is asked, given the answers so far (e.g. equity financing only at low revenue). */
export function isShown(field: Field, answers: Answers): boolean {
  return isAsked(field.askIf, (path) => getAt(answers, path));
}
