import { compileOnServer } from "../compile";
import { factLeaves, type FlatFacts } from "./catalogue";
import type { Facts } from "./schema";

// The engine's view of the facts: one record keyed by dotted path in which a missing key and
// null are the same "don't know" (null). Built once per evaluation; rules read nothing else.

// The leaves grouped by the object that holds them ("finance.revenue" holds y1, y2, y3).
const PARENTS: { segments: readonly string[]; leaves: { key: string; path: string }[] }[] = [];
for (const leaf of factLeaves) {
  const segments = leaf.segments.slice(0, -1);
  let parent = PARENTS.find((p) => p.segments.join(".") === segments.join("."));
  if (!parent) PARENTS.push((parent = { segments, leaves: [] }));
  parent.leaves.push({ key: leaf.segments.at(-1)!, path: leaf.path });
}

/** Any nested answers, walked key by key (also where code cannot be compiled, as in a browser). */
function walk(facts: unknown): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const leaf of factLeaves) flat[leaf.path] = null;
  for (const parent of PARENTS) {
    let node: unknown = facts;
    for (const key of parent.segments)
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    if (typeof node !== "object" || node === null) continue;
    for (const leaf of parent.leaves) {
      const v = (node as Record<string, unknown>)[leaf.key];
      if (v !== undefined) flat[leaf.path] = v;
    }
  }
  return flat;
}

// The engine flattens every evaluation's facts: compiled, one function reads every answer by a
// fixed property path into one object literal of a fixed shape.
const q = JSON.stringify;
const compiled = compileOnServer<(facts: Facts) => Record<string, unknown>>(
  ["f"],
  [
    ...PARENTS.map((p, i) => `const p${i} = f${p.segments.map((k) => `?.[${q(k)}]`).join("")};`),
    `return {${PARENTS.flatMap((p, i) =>
      p.leaves.map(
        (l) => `${q(l.path)}: (typeof p${i} === "object" && p${i} !== null ? p${i}[${q(l.key)}] : undefined) ?? null`,
      ),
    ).join(",\n")}};`,
  ].join("\n"),
);

export type { FlatFacts };

export function flattenFacts(facts: Facts): FlatFacts {
  return (compiled ? compiled(facts) : walk(facts)) as FlatFacts;
}

const NUMERIC = new Set(["money", "signedMoney", "count", "percent", "score", "number", "level"]);

/**
 * The same view of answers that may not be valid yet (a form being typed): an answer of the wrong
 * type for its fact (text in a number field) reads as null, so nothing computed from it is wrong.
 */
export function flattenAnswers(answers: unknown): FlatFacts {
  const flat = walk(answers);
  for (const leaf of factLeaves) {
    const v = flat[leaf.path];
    const numeric = NUMERIC.has(leaf.entry.kind);
    if (numeric ? typeof v !== "number" || !Number.isFinite(v) : typeof v === "number") flat[leaf.path] = null;
  }
  return flat as FlatFacts;
}
