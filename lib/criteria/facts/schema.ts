import { z } from "zod";
import { factLeaves, type Leaf } from "./catalogue";
import { factsCrossChecks } from "./checks";
import type { RangedEntry } from "./define";
import {
  choice,
  choices,
  count,
  flag,
  industryCode,
  isoDate,
  money,
  percent,
  province,
  ranged,
  rangedInt,
  signedMoney,
  text,
  uscc,
} from "./fields";

// The facts schema of criteria.md section 1, derived from the catalogue: one validator per kind,
// nested by path. Objects are strict: a key the catalogue does not know is an issue at its path.

function leafSchema({ entry }: Leaf): z.ZodType {
  const e = entry as RangedEntry<number>;
  switch (entry.kind) {
    case "money":
      return money();
    case "signedMoney":
      return signedMoney();
    case "count":
      return count();
    case "percent":
      return percent();
    case "score":
    case "number":
    case "level":
      return e.integer ? rangedInt(e.min ?? 0, e.max, e.rangeCode) : ranged(e.min ?? 0, e.max, e.rangeCode);
    case "flag":
      return flag();
    case "choice":
      return choice(entry.options as [string, ...string[]]);
    case "choices":
      return choices(entry.options as [string, ...string[]]);
    case "text":
      return text();
    case "uscc":
      return uscc();
    case "province":
      return province();
    case "industry":
      return industryCode();
    case "date":
      return isoDate();
  }
}

type Tree = { [key: string]: Tree | z.ZodType };

function objectOf(tree: Tree, top: boolean): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, node] of Object.entries(tree)) shape[key] = node instanceof z.ZodType ? node : objectOf(node, false);
  const object = z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? "unknown_field" : "expected_object"),
  });
  return top ? object : object.nullish();
}

function tree(): Tree {
  const root: Tree = {};
  for (const leaf of factLeaves) {
    let node = root;
    for (const segment of leaf.segments.slice(0, -1)) node = (node[segment] ??= {}) as Tree;
    node[leaf.segments.at(-1)!] = leafSchema(leaf);
  }
  return root;
}

/** The nested facts object, field by field; its cross-field checks are `factsCrossChecks`. */
export const factsObject = objectOf(tree(), true);

/**
 * The full facts schema: factsObject plus the cross-field checks, which run even where a field
 * failed its own check, so that every problem shows at once.
 */
export const factsSchema = factsObject.superRefine(factsCrossChecks, { when: () => true });

/**
 * Facts as the API and the questionnaire hold them: nested by path, each answer a number, text,
 * flag or list, or null for "don't know". The engine reads them through `flattenFacts`.
 */
export type Facts = Readonly<Record<string, unknown>>;
