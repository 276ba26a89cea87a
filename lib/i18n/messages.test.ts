import { describe, expect, it } from "vitest";
import { locales } from "./locales";
import { messages } from "./messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of leaves(value, name)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  const [reference, ...others] = locales.map((l) => ({ locale: l, keys: leaves(messages[l] as Tree) }));

  it.each(others)("$locale has exactly the keys of zh-CN", ({ keys }) => {
    expect([...keys.keys()].sort()).toEqual([...reference!.keys.keys()].sort());
  });

  it.each(locales)("%s has no empty message", (locale) => {
    const empty = [...leaves(messages[locale] as Tree)].filter(([, v]) => v.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(others)("$locale uses the same placeholders as zh-CN in every message", ({ keys }) => {
    for (const [key, text] of reference!.keys)
      expect([key, placeholders(keys.get(key) ?? "")]).toEqual([key, placeholders(text)]);
  });
});
