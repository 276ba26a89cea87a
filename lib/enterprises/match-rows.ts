import type { Locale } from "@/lib/i18n/locales";
// Which rows of a list are firms we already hold. The credit code identifies a firm; without one,
// the name within its province does (two firms cannot register the same name there).
import type { ErrorList } from "./import/error-list";
import { importMessage } from "./import/messages";
import type { EnterpriseInput } from "./types";

export type ExistingKey = { id: string; uscc: string | null; nameKey: string; provinceCode: string };

export type Matched = {
  inserts: EnterpriseInput[];
  updates: { id: string; row: EnterpriseInput }[];
  errors: ErrorList;
};

const nameKey = (k: { nameKey: string; provinceCode: string }) => `${k.nameKey}|${k.provinceCode}`;

export function matchRows(
  rows: readonly { line: number; value: EnterpriseInput }[],
  existing: readonly ExistingKey[],
  locale: Locale,
  errors: ErrorList,
): Matched {
  const byUscc = new Map(existing.filter((e) => e.uscc !== null).map((e) => [e.uscc!, e]));
  const byName = new Map(existing.map((e) => [nameKey(e), e]));
  const out: Matched = { inserts: [], updates: [], errors };
  for (const { line, value } of rows) {
    const sameName = byName.get(nameKey(value));
    const sameCode = value.uscc === null ? undefined : byUscc.get(value.uscc);
    const match = sameCode ?? sameName;
    // Renaming a firm onto another firm's name, or one name under two codes, is a mistake in the list.
    const clash = sameName !== undefined && match !== sameName;
    const otherCode =
      sameCode === undefined && value.uscc !== null && sameName?.uscc != null && sameName.uscc !== value.uscc;
    if (clash || otherCode) errors.add({ line, message: importMessage("conflict", locale) });
    else if (match) out.updates.push({ id: match.id, row: value });
    else out.inserts.push(value);
  }
  return out;
}
