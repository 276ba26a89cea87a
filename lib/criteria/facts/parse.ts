import type { core } from "zod";
import { isValidationCode, validationMessage, type ValidationCode } from "../messages";
import type { Locale } from "../types";
import { factsSchema, type Facts } from "./schema";

export interface FactsIssue {
  /** Dotted path, e.g. "finance.revenue.y1"; "" for the facts object itself. */
  path: string;
  message: string;
  /** Stable ValidationCode, for clients that translate themselves. */
  code: ValidationCode;
}

export type ParseFactsResult = { ok: true; facts: Facts } | { ok: false; issues: FactsIssue[] };

/**
 * A zod issue as path and code; an object's unknown keys become one issue per key, at the key's
 * own path ("finance.revenu"), so that a typo is named where it is.
 */
export function issueCodes(issue: core.$ZodIssue): { path: string; code: ValidationCode }[] {
  const at = issue.path.map(String);
  if (issue.code === "unrecognized_keys")
    return issue.keys.map((key) => ({ path: [...at, key].join("."), code: "unknown_field" }));
  return [{ path: at.join("."), code: isValidationCode(issue.message) ? issue.message : "invalid_value" }];
}

export function parseFacts(input: unknown, locale: Locale): ParseFactsResult {
  const result = factsSchema.safeParse(input);
  if (result.success) return { ok: true, facts: result.data as Facts };
  const issues = result.error.issues
    .flatMap(issueCodes)
    .map((i) => ({ ...i, message: validationMessage(i.code, locale) }));
  return { ok: false, issues };
}
