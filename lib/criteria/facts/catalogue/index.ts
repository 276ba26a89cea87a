import type { FactEntry, YearKey } from "../entry";
import { aboutFacts } from "./about";
import { companyFacts } from "./company";
import { fieldFacts } from "./field";
import { financeFacts } from "./finance";
import { innovationFacts } from "./innovation";
import { ipFacts } from "./ip";
import { managementFacts } from "./management";
import { marketFacts } from "./market";
import { peopleFacts } from "./people";
import { scoresFacts } from "./scores";
import { standingFacts } from "./standing";
import { titlesFacts } from "./titles";

/**
 * Every fact of criteria.md section 1, keyed by its path, in the order the questionnaire asks
 * them. A figure asked for several years (`years`) is one entry whose answers are its leaves
 * `<path>.y1`, `<path>.y2`…
 */
export const catalogue = {
  ...aboutFacts,
  ...companyFacts,
  ...standingFacts,
  ...titlesFacts,
  ...financeFacts,
  ...peopleFacts,
  ...marketFacts,
  ...ipFacts,
  ...innovationFacts,
  ...managementFacts,
  ...fieldFacts,
  ...scoresFacts,
} satisfies Record<string, FactEntry>;

type Catalogue = typeof catalogue;
export type EntryPath = keyof Catalogue & string;

type YearsOf<E> = E extends { years: 3 } ? "y1" | "y2" | "y3" : E extends { years: 2 } ? "y1" | "y2" : never;
type ValueOf<E> = E extends FactEntry<infer V> ? V : never;
type LeafValues<P extends string, E> = E extends { years: 2 | 3 }
  ? { [K in `${P}.${YearsOf<E>}`]: ValueOf<E> | null }
  : { [K in P]: ValueOf<E> | null };
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The engine's view of the facts: every answer by its dotted path; null is "don't know". */
export type FlatFacts = Readonly<UnionToIntersection<{ [P in EntryPath]: LeafValues<P, Catalogue[P]> }[EntryPath]>>;
/** The dotted path of one answer, e.g. "finance.revenue.y1" or "company.name". */
export type FactPath = keyof FlatFacts & string;
export type FactValue<P extends FactPath> = NonNullable<FlatFacts[P]>;

/** One answer of the catalogue: an entry, or one year of a yearly entry. */
export interface Leaf {
  path: FactPath;
  /** The entry's own path ("finance.revenue" for "finance.revenue.y1"). */
  entryPath: EntryPath;
  entry: FactEntry;
  year: YearKey | null;
  /** The path split on dots, for walking nested answers. */
  segments: readonly string[];
}

const YEARS: readonly YearKey[] = ["y1", "y2", "y3"];

export const factEntries: readonly [EntryPath, FactEntry][] = Object.entries(catalogue) as [EntryPath, FactEntry][];

export const factLeaves: readonly Leaf[] = factEntries.flatMap(([entryPath, entry]) => {
  const years = entry.years ? YEARS.slice(0, entry.years) : [null];
  return years.map((year) => {
    const path = (year ? `${entryPath}.${year}` : entryPath) as FactPath;
    return { path, entryPath, entry, year, segments: path.split(".") };
  });
});

const byPath = new Map<string, Leaf>(factLeaves.map((l) => [l.path, l]));

/** The leaf of an answer's path, or undefined for a path the catalogue does not know. */
export function leafOf(path: string): Leaf | undefined {
  return byPath.get(path);
}

/** What a dotted path names: an answer, a group of answers (e.g. "finance"), or nothing. */
export function pathKind(path: string): "leaf" | "group" | null {
  if (byPath.has(path)) return "leaf";
  return factLeaves.some((l) => l.path.startsWith(`${path}.`)) ? "group" : null;
}
