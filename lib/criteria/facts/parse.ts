import { factsSchema, type Facts } from "./schema";
import { isValidationCode, validationMessage } from "../messages";
import type { Locale } from "../types";

export interface FactsIssue {
  /** Dotted path, e.g. "finance.revenue.y1"; "" for the facts object itself. */
  path: string;
  message: string;
  /** Stable ValidationCode, for clients that translate themselves. */
  code: string;
}

export type ParseFactsResult = { ok: true; facts: Facts } | { ok: false; issues: FactsIssue[] };

export function parseFacts(input: unknown, locale: Locale): ParseFactsResult {
  const result = factsSchema.safeParse(input);
  if (result.success) return { ok: true, facts: result.data };
  const issues = result.error.issues.map((issue) => {
    const code = isValidationCode(issue.message) ? issue.message : "invalid_value";
    return { path: issue.path.map(String).join("."), message: validationMessage(code, locale), code };
  });
  return { ok: false, issues };
}
