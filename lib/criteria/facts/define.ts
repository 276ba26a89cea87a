import type { ValidationCode } from "../messages";
import type { Locale } from "../types";
import type { AskIf, FactEntry, FactText, FactUnit, StepId } from "./entry";

// Builders for the catalogue's entries, one per kind. Each sets what the kind implies (unit,
// value type) so that an entry states only what is particular to its fact.

type Texts = Readonly<Record<Locale, FactText>>;
type OptionTexts = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

interface Spec {
  step: StepId;
  text: Texts;
  unknownAllowed?: boolean;
  askIf?: AskIf;
}

interface YearSpec extends Spec {
  years?: 2 | 3;
}

/** The validation code of a number outside its range, where the kind's own does not fit. */
export interface RangeSpec extends Spec {
  min: number;
  max?: number;
  integer?: boolean;
  rangeCode: ValidationCode;
}

export interface RangedEntry<V> extends FactEntry<V> {
  integer: boolean;
  rangeCode: ValidationCode;
}

function entry<V, const S extends Spec>(kind: FactEntry["kind"], unit: FactUnit | null, spec: S) {
  const { unknownAllowed = true, ...rest } = spec;
  return { kind, unit, unknownAllowed, ...rest } as FactEntry<V> & Omit<S, "unknownAllowed">;
}

export const money = <const S extends YearSpec>(s: S) => entry<number, S>("money", "万元", s);
export const signedMoney = <const S extends YearSpec>(s: S) => entry<number, S>("signedMoney", "万元", s);
export const count = <const S extends Spec>(unit: FactUnit, s: S) => entry<number, S>("count", unit, s);
export const percent = <const S extends Spec>(s: S) => entry<number, S>("percent", "%", s);
export const flag = <const S extends Spec>(s: S) => entry<boolean, S>("flag", null, s);
export const text = <const S extends Spec>(s: S) => entry<string, S>("text", null, s);
export const uscc = <const S extends Spec>(s: S) => entry<string, S>("uscc", null, s);
export const province = <const S extends Spec>(s: S) => entry<string, S>("province", null, s);
export const industry = <const S extends Spec>(s: S) => entry<string, S>("industry", null, s);
export const date = <const S extends Spec>(s: S) => entry<string, S>("date", null, s);

/** A bounded number: a score (decimals), or with `integer` a year, a rank… */
export const ranged = <const S extends RangeSpec>(kind: "number" | "score", unit: FactUnit | null, s: S) =>
  ({ ...entry<number, S>(kind, unit, s), integer: s.integer ?? false }) as RangedEntry<number> &
    Omit<S, "unknownAllowed">;

/** One of the options, each with its words; the options are the keys, in order. */
export function choice<const O extends OptionTexts, const S extends Spec>(optionText: O, s: S) {
  return { ...entry<keyof O & string, S>("choice", null, s), options: Object.keys(optionText), optionText };
}

/** Any of the options (none is an answer too). */
export function choices<const O extends OptionTexts, const S extends Spec>(optionText: O, s: S) {
  return {
    ...entry<readonly (keyof O & string)[], S>("choices", null, s),
    options: Object.keys(optionText),
    optionText,
  };
}

/** A small integer scale offered as radios; the options are its levels "0".."n". */
export function level<const O extends OptionTexts, const S extends Spec & { rangeCode: ValidationCode }>(
  unit: FactUnit,
  optionText: O,
  s: S,
) {
  const options = Object.keys(optionText);
  return {
    ...entry<number, S>("level", unit, s),
    options,
    optionText,
    min: 0,
    max: options.length - 1,
    integer: true,
  } as RangedEntry<number> & Omit<S, "unknownAllowed"> & { options: string[]; optionText: O };
}
