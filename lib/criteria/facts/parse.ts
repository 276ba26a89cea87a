import { validationMessage, type ValidationCode } from "../messages";
import { leafOf } from "./catalogue";
import { issueCodes } from "./issues";

const boundsOf = (path: string) => (leafOf(path)?.entry ?? {}) as { min?: number; max?: number };
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

export function parseFacts(input: unknown, locale: Locale): ParseFactsResult {
  const result = factsSchema.safeParse(input);
  if (result.success) return { ok: true, facts: result.data as Facts };
  const issues = result.error.issues
    .flatMap(issueCodes)
    .map((i) => ({ ...i, message: validationMessage(i.code, locale, boundsOf(i.path)) }));
  return { ok: false, issues };
}
