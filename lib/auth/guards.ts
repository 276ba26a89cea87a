import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/http/errors";
import { ADMIN_COOKIE } from "./cookie";
import { currentAdmin, requestAdmin } from "./current-admin";
import { roleAllows, type Role } from "./roles";
import type { AdminSession } from "./sessions";

/** Only paths inside the admin area are followed after sign-in (no open redirect). */
export function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/admin(\/|\?|$)/.test(next) && !next.startsWith("//") && !next.includes("\\")
    ? next
    : "/admin/assessments";
}

export const loginPath = (next: string | undefined, expired: boolean) =>
  `/admin/login?next=${encodeURIComponent(safeNext(next))}${expired ? "&expired=1" : ""}`;

/** For every admin page and layout: anonymous → the sign-in page; wrong role → 403. */
export async function requireAdminPage(role: Role, path?: string): Promise<AdminSession> {
  const session = await currentAdmin();
  // A cookie without a live session means it ran out: the sign-in page says so.
  if (!session) redirect(loginPath(path, (await cookies()).has(ADMIN_COOKIE)));
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
