// A step posted as a plain HTML form (before or without JavaScript): the controls' names and
// values read back into the same answers shape react-hook-form sends, so the server validates and
// saves both the same way. Names: the answer's path; "<path>__unknown" for "don't know",
// "<path>__none" for "none of these"; radios post their option, "__unknown" for "don't know".
import type { Answers } from "./answers";
import { setAt } from "./answers";
import type { Field } from "./fields";
import { industryCodeByName } from "./industries";
import { parseNumberText } from "./number-text";

export const UNKNOWN_SUFFIX = "__unknown";
export const NONE_SUFFIX = "__none";
export const UNKNOWN_OPTION = "__unknown";

const NUMBER_KINDS = new Set(["money", "signedMoney", "count", "percent", "score", "number"]);
const INDUSTRY_CODE = /^\s*([A-Ta-t]\d{2,4})\b/;

function text(form: FormData, name: string): string | undefined {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
}

function valueOf(field: Field, form: FormData): unknown {
  const path = field.path;
  if (form.get(`${path}${UNKNOWN_SUFFIX}`) !== null) return null;
  const raw = text(form, path);
  if (field.kind === "choices") {
    if (form.get(`${path}${NONE_SUFFIX}`) !== null) return [];
    const chosen = form.getAll(path).filter((v): v is string => typeof v === "string");
    return chosen.length > 0 ? chosen : undefined;
  }
  if (raw === undefined || raw.trim() === "") return undefined;
  if (raw === UNKNOWN_OPTION) return null;
  if (NUMBER_KINDS.has(field.kind)) return parseNumberText(raw);
  switch (field.kind) {
    case "flag":
      return raw === "true" ? true : raw === "false" ? false : raw;
    case "level": {
      const n = Number(raw);
      return Number.isInteger(n) ? n : raw;
    }
    case "industry": {
      // A code ("C3484 …"), or an industry's exact name typed in full.
      const code = INDUSTRY_CODE.exec(raw)?.[1];
      return code ? code.toUpperCase() : (industryCodeByName(raw) ?? raw.trim());
    }
    default:
      return raw.trim();
  }
}

/** The answers of a step's fields as posted; a field left blank is left out. */
export function answersFromForm(fields: readonly Field[], form: FormData): Answers {
  let out: Answers = {};
  for (const f of fields) {
    const v = valueOf(f, form);
    if (v !== undefined) out = setAt(out, f.path, v);
  }
  return out;
}
