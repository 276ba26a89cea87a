import { factLeaves, type FlatFacts } from "./catalogue";
import type { Facts } from "./schema";

// The engine's view of the facts: one record keyed by dotted path in which a missing key and
// null are the same "don't know" (null). Built once per evaluation; rules read nothing else.

export function flattenFacts(facts: Facts): FlatFacts {
  const flat: Record<string, unknown> = {};
  for (const leaf of factLeaves) {
    let cur: unknown = facts;
    for (const key of leaf.segments) {
      if (typeof cur !== "object" || cur === null) {
        cur = undefined;
        break;
      }
      cur = (cur as Record<string, unknown>)[key];
    }
    flat[leaf.path] = cur ?? null;
  }
  return flat as FlatFacts;
}

export type { FlatFacts };

const NUMERIC = new Set(["money", "signedMoney", "count", "percent", "score", "number", "level"]);

/**
 * The same view of answers that may not be valid yet (a form being typed): an answer of the wrong
 * type for its fact (text in a number field) reads as null, so nothing computed from it is wrong.
 */
export function flattenAnswers(answers: unknown): FlatFacts {
  const flat = flattenFacts(typeof answers === "object" && answers !== null ? (answers as Facts) : {}) as Record<
    string,
    unknown
  >;
  for (const leaf of factLeaves) {
    const v = flat[leaf.path];
    const numeric = NUMERIC.has(leaf.entry.kind);
    if (numeric ? typeof v !== "number" || !Number.isFinite(v) : typeof v === "number") flat[leaf.path] = null;
  }
  return flat as FlatFacts;
}
