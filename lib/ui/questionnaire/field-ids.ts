/** DOM ids derived from a facts path, shared by fields, hints, errors and the error summary. */
export const fieldId = (path: string) => `f-${path.replaceAll(".", "-")}`;
export const hintId = (path: string) => `${fieldId(path)}-hint`;
export const errorId = (path: string) => `${fieldId(path)}-error`;

export function describedBy(path: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? hintId(path) : null, hasError ? errorId(path) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
