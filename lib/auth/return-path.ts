const DEFAULT_NEXT = "/admin/assessments";

/**
 * Where sign-in returns to. Only paths inside the admin area are followed (no open redirect): a
 * path starting with a single "/admin", no scheme, no "//" or backslash in the path, no control
 * characters; anything else goes to the list of assessments.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== "string" || next.length > 2048) return DEFAULT_NEXT;
  const path = next.split("?")[0]!;
  return /^\/admin(\/|$)/.test(path) &&
    !path.includes("//") &&
    !next.includes("\\") &&
    !/[\u0000-\u001f\u007f]/.test(next)
    ? next
    : DEFAULT_NEXT;
}
