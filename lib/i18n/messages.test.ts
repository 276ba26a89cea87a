import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, auditActionKey } from "@/lib/admin/audit-actions";
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

/**
 * The argument names of an ICU message, sorted: `{name}`, `{name, number}`, and in a select or
 * plural the arguments of every branch (`{subject, select, firms {{count} firms} other {…}}`);
 * a branch's own text is not an argument.
 */
function placeholders(text: string): string[] {
  const found: string[] = [];
  let i = 0;
  const message = (): void => {
    while (i < text.length && text[i] !== "}") {
      if (text[i] === "{") argument();
      else i++;
    }
  };
  const argument = (): void => {
    const head = /^\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(text.slice(i))!;
    found.push(head[1]!);
    i += head[0].length;
    if (head[2] === "select" || head[2] === "plural" || head[2] === "selectordinal") {
      i++; // the comma before the branches
      while (i < text.length && text[i] !== "}") {
        if (text[i] === "{") {
          i++;
          message();
        }
        i++;
      }
    } else {
      while (i < text.length && text[i] !== "}") i++;
    }
    i++;
  };
  message();
  return found.sort();
}

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

describe("the audit log's words", () => {
  it.each(locales)("%s names every action the audit log records", (locale) => {
    const actions = (messages[locale] as unknown as { admin: { audit: { actions: Record<string, string> } } }).admin
      .audit.actions;
    expect(Object.keys(actions).sort()).toEqual(AUDIT_ACTIONS.map(auditActionKey).sort());
  });
});
