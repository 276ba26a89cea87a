import type { AskIf } from "./entry";

/**
 * Whether a question is asked, given the answers so far (read by path). While the condition is
 * unanswered, "don't know" or not yet a valid answer, the question is asked only when the entry
 * says `whenUnknown: true` (it may matter).
 */
export function isAsked(askIf: AskIf | undefined, read: (path: string) => unknown): boolean {
  if (!askIf) return true;
  const v = read(askIf.path);
  if ("is" in askIf) return typeof v === "boolean" ? v === askIf.is : (askIf.whenUnknown ?? false);
  if ("equals" in askIf) return typeof v === "string" ? v === askIf.equals : (askIf.whenUnknown ?? false);
  if (typeof v !== "number") return askIf.whenUnknown ?? false;
  return "below" in askIf ? v < askIf.below : v > askIf.above;
}
