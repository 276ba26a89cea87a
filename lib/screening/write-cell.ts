import type { Facts } from "@/lib/criteria";
import type { Leaf } from "@/lib/criteria/facts/catalogue";
import { ANSWER_WORDS } from "@/lib/criteria/facts/words";
import { templateLeaves } from "./columns";

// An answer written as the template asks for it (the inverse of read-cell.ts): numbers as they
// are, 是/否, an option's Chinese words, lists joined by 、, "不知道" for null, "" when absent.

const words = ANSWER_WORDS["zh-CN"];

export function writeCell(leaf: Leaf, value: unknown): string | number {
  if (value === undefined) return "";
  if (value === null) return words.unknown;
  const { entry } = leaf;
  const option = (v: unknown) => entry.optionText?.[String(v)]?.["zh-CN"] ?? String(v);
  switch (entry.kind) {
    case "flag":
      return value ? words.yes : words.no;
    case "choice":
      return option(value);
    case "choices":
      return (value as unknown[]).length === 0 ? words.none : (value as unknown[]).map(option).join("、");
    default:
      return typeof value === "number" ? value : String(value);
  }
}

function at(facts: Facts, segments: readonly string[]): unknown {
  let node: unknown = facts;
  for (const key of segments)
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** One template row of a firm's facts, in the template's column order. */
export const factsRow = (facts: Facts): (string | number)[] =>
  templateLeaves.map((leaf) => writeCell(leaf, at(facts, leaf.segments)));
