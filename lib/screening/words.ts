import en from "@/lib/i18n/messages/screening.en.json";
import zh from "@/lib/i18n/messages/screening.zh-CN.json";
import type { Locale } from "@/lib/criteria";

// The screening's words outside React (the template, the exports, the command line, row issues),
// from the same catalogues the pages read: lib/i18n/messages/screening.*.json.

type Tree = { readonly [key: string]: string | Tree };

const CATALOGUES: Readonly<Record<Locale, Tree>> = { "zh-CN": zh.screening, en: en.screening };

/** The message at a dotted key of the `screening` namespace, its {placeholders} filled. */
export function screeningText(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = CATALOGUES[locale];
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  const template = typeof node === "string" ? node : key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}
