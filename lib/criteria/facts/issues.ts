import type { core } from "zod";
import { isValidationCode, type ValidationCode } from "../messages";

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
