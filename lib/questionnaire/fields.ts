import type { Answers } from "./answers";

/**
 * How a question is asked. Each kind is one small component in lib/ui/questionnaire; its value is
 * validated by the engine's facts schema, never by rules of its own.
 */
export type FieldKind =
  | "money" // 万元, >= 0, thousands separators
  | "signedMoney" // 万元, may be negative (net profit)
  | "count"
  | "percent"
  | "score" // 0..100, decimals allowed
  | "number" // other bounded numbers (assessment year, rank, local score)
  | "level" // a small integer scale shown as radios (digital level 0..4)
  | "flag" // yes / no / don't know
  | "choice" // one of the options / don't know
  | "choices" // any of the options (none allowed) / don't know
  | "text"
  | "uscc"
  | "province"
  | "industry"
  | "date";

export type Field = {
  /** Dotted facts path, e.g. "finance.revenue.y1". Also the key of its label in the catalogues. */
  path: string;
  kind: FieldKind;
  options?: readonly string[];
  /** False where "don't know" makes no sense (e.g. whether this is a review). */
  unknownAllowed: boolean;
  /** Asked only when this holds for the answers so far; otherwise skipped and cleared. */
  showIf?: (answers: Answers) => boolean;
  /** Key in the catalogues' "units"; money is always 万元 and percent always %. */
  unit?: Unit;
};

export type Unit = "wanyuan" | "percent" | "people" | "items" | "years" | "points" | "rank";

const defaultUnit: Partial<Record<FieldKind, Unit>> = {
  money: "wanyuan",
  signedMoney: "wanyuan",
  percent: "percent",
  score: "points",
};

type Options = Partial<Pick<Field, "options" | "unknownAllowed" | "showIf" | "unit">>;

export const field = (path: string, kind: FieldKind, options: Options = {}): Field => ({
  path,
  kind,
  unknownAllowed: options.unknownAllowed ?? true,
  ...((options.unit ?? defaultUnit[kind]) ? { unit: options.unit ?? defaultUnit[kind] } : {}),
  ...(options.options ? { options: options.options } : {}),
  ...(options.showIf ? { showIf: options.showIf } : {}),
});

/** The same question for several fiscal years: y1 = last completed year, y2, y3 before it. */
export const years = (path: string, kind: FieldKind, count: 2 | 3, options: Options = {}): Field[] =>
  (["y1", "y2", "y3"] as const).slice(0, count).map((y) => field(`${path}.${y}`, kind, options));

/** A field's option set in the catalogues ("options.<set>.<value>"): its path's last segment. */
export const optionSetOf = (path: string) => path.split(".").pop() ?? path;
