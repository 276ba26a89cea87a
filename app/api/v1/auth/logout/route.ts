import { NextResponse } from "next/server";
import { ADMIN_COOKIE, clearedCookie } from "@/lib/auth/cookie";
import { isHttps, sameOrigin } from "@/lib/auth/request-info";
import { logout } from "@/lib/auth/service";
import { config } from "@/lib/config";
import { readCookie } from "@/lib/http/cookies";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";

/**
 * POST: revokes the session server-side and clears the cookie. A form post (the sign-out button,
 * which works without JavaScript) is sent on to the sign-in page; a script gets 204.
 */
export const POST = route("POST /api/v1/auth/logout", async ({ request }) => {
  if (!sameOrigin(request)) throw new AppError("cross_origin");
  await logout(readCookie(request.headers, ADMIN_COOKIE), config().adminSession, new Date());
  const form = (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
  const response = form
    ? // A relative Location: the browser resolves it against the address it used (an absolute one
      // built from request.url names the server's own host, which CSP's form-action refuses).
      new NextResponse(null, { status: 303, headers: { Location: "/admin/login?signedOut=1" } })
    : new NextResponse(null, { status: 204 });
  response.cookies.set(clearedCookie(isHttps(request.headers)));
  response.headers.set("Cache-Control", "no-store");
  return response;
});
