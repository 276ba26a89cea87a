import { z } from "zod";
import type { ValidationCode } from "../messages";
import type { FactKind } from "./entry";
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

/** What validating one answer needs to know of its fact: plain data, which a page can be sent. */
export interface LeafSpec {
  kind: FactKind;
  options?: readonly string[];
  min?: number;
  max?: number;
  integer?: boolean;
  rangeCode?: ValidationCode;
}

/** The validator of one answer, by its kind: the server's facts schema and a page's form both use it. */
export function leafSchema(leaf: LeafSpec): z.ZodType {
  switch (leaf.kind) {
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
    case "level": {
      const code = leaf.rangeCode ?? "invalid_value";
      return leaf.integer ? rangedInt(leaf.min ?? 0, leaf.max, code) : ranged(leaf.min ?? 0, leaf.max, code);
    }
    case "flag":
      return flag();
    case "choice":
      return choice(leaf.options as [string, ...string[]]);
    case "choices":
      return choices(leaf.options as [string, ...string[]]);
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

/**
 * The nested, strict object of the given answers: a key that is none of them is an issue at its
 * own path. Each validator is placed at its dotted path.
 */
export function objectOf(leaves: readonly { segments: readonly string[]; schema: z.ZodType }[]) {
  const root: Tree = {};
  for (const leaf of leaves) {
    let node = root;
    for (const segment of leaf.segments.slice(0, -1)) node = (node[segment] ??= {}) as Tree;
    node[leaf.segments.at(-1)!] = leaf.schema;
  }
  const build = (tree: Tree, top: boolean): z.ZodType => {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, node] of Object.entries(tree)) shape[key] = node instanceof z.ZodType ? node : build(node, false);
    const object = z.strictObject(shape, {
      error: (issue) => (issue.code === "unrecognized_keys" ? "unknown_field" : "expected_object"),
    });
    return top ? object : object.nullish();
  };
  return build(root, true);
}
