import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/admin/record-audit";
import { ADMIN_COOKIE, clearedCookie } from "@/lib/auth/cookie";
import { isHttps, sameOrigin } from "@/lib/auth/request-info";
import { resumeSession, revokeSession } from "@/lib/auth/sessions";
import { config } from "@/lib/config";
import { getPrisma } from "@/lib/db/client";
import { readCookie } from "@/lib/http/cookies";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";

/**
 * POST: revokes the session server-side and clears the cookie. A form post (the sign-out button,
 * which works without JavaScript) is sent on to the sign-in page; a script gets 204.
 */
export const POST = route("POST /api/v1/auth/logout", async ({ request }) => {
  if (!sameOrigin(request)) throw new AppError("cross_origin");
  const db = await getPrisma();
  const token = readCookie(request.headers, ADMIN_COOKIE);
  const now = new Date();
  const session = await resumeSession(db, token, config().adminSession, now);
  await revokeSession(db, token, now);
  if (session)
    await recordAudit(
      db,
      { userId: session.userId, email: session.email },
      { action: "session.logout", targetType: "session", targetId: session.userId },
      now,
    );
  const form = (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
  const response = form
    ? NextResponse.redirect(new URL("/admin/login?signedOut=1", request.url), 303)
    : new NextResponse(null, { status: 204 });
  response.cookies.set(clearedCookie(isHttps(request.headers)));
  response.headers.set("Cache-Control", "no-store");
  return response;
});
