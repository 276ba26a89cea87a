import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/http/errors";
import { ADMIN_COOKIE } from "./cookie";
import { currentAdmin, requestAdmin } from "./current-admin";
import { safeNext } from "./return-path";
import { roleAllows, type Role } from "./roles";
import type { AdminSession } from "./sessions";

/** Set by our server (scripts/start.mjs) to the path and query asked for, any client copy removed. */
const REQUEST_PATH_HEADER = "x-zjtx-request-path";

/**
 * The path and query of the page being rendered (Next does not tell a layout or a server action
 * its URL); the RSC marker of a client navigation is dropped. Undefined when absent (`next dev`).
 */
async function requestedPath(): Promise<string | undefined> {
  const raw = (await headers()).get(REQUEST_PATH_HEADER);
  if (!raw?.startsWith("/") || raw.startsWith("//")) return undefined;
  const url = new URL(raw, "http://localhost");
  url.searchParams.delete("_rsc");
  return url.pathname + url.search;
}

export const loginPath = (next: string | undefined, expired: boolean) =>
  `/admin/login?next=${encodeURIComponent(safeNext(next))}${expired ? "&expired=1" : ""}`;

/**
 * For every admin page and layout: anonymous → the sign-in page, which returns to the page asked
 * for (`path`, else the request's own); wrong role → 403.
 */
export async function requireAdminPage(role: Role, path?: string): Promise<AdminSession> {
  const session = await currentAdmin();
  // A cookie without a live session means it ran out: the sign-in page says so.
  if (!session) redirect(loginPath(path ?? (await requestedPath()), (await cookies()).has(ADMIN_COOKIE)));
  if (!roleAllows(session.role, role)) forbidden();
  return session;
}

/** For every admin server action: the same checks, since an action is a public endpoint. */
export const requireAdminAction = (role: Role): Promise<AdminSession> => requireAdminPage(role);

/** For every /api/v1/admin handler (inside `route`): 401 without a live session, 403 with the wrong role. */
export async function requireAdminApi(request: Request, role: Role): Promise<AdminSession> {
  const session = await requestAdmin(request);
  if (!session) throw new AppError("unauthenticated");
  if (!roleAllows(session.role, role)) throw new AppError("forbidden");
  return session;
}
