import { NextResponse } from "next/server";
import { z } from "zod";
import { sessionCookie, ADMIN_COOKIE } from "@/lib/auth/cookie";
import { login } from "@/lib/auth/login";
import { clientAddress, cookieValue, isHttps, sameOrigin } from "@/lib/auth/request-info";
import { config } from "@/lib/config";
import { getPrisma } from "@/lib/db/client";
import { readBodyLimited } from "@/lib/http/read-body";
import { logError } from "@/lib/log";

const body = z.object({ email: z.string().max(254), password: z.string().max(1024) });
const noStore = { "Cache-Control": "no-store" };

/** POST {email, password}: 200 and the session cookie; 401 whatever was wrong; 429 when throttled. */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return Response.json({ error: "cross_origin" }, { status: 403, headers: noStore });
  const text = await readBodyLimited(request, 4096);
  let parsed: z.infer<typeof body> | undefined;
  try {
    parsed = text.ok ? body.parse(JSON.parse(text.text)) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed) return Response.json({ error: "invalid_request" }, { status: 400, headers: noStore });
  try {
    const result = await login(
      await getPrisma(),
      {
        email: parsed.email,
        password: parsed.password,
        address: clientAddress(request.headers),
        previousToken: cookieValue(request.headers, ADMIN_COOKIE),
      },
      { policy: config().adminSession, now: new Date() },
    );
    if (result.kind === "invalid")
      return Response.json({ error: "invalid_credentials" }, { status: 401, headers: noStore });
    if (result.kind === "throttled") {
      return Response.json(
        { error: "too_many_attempts", retryAfter: result.retryAfter },
        { status: 429, headers: { ...noStore, "Retry-After": String(result.retryAfter) } },
      );
    }
    const response = NextResponse.json(
      { user: { email: result.user.email, role: result.user.role } },
      { headers: noStore },
    );
    response.cookies.set(
      sessionCookie(result.token, { secure: isHttps(request.headers), maxMs: config().adminSession.maxMs }),
    );
    return response;
  } catch (error) {
    return Response.json(
      { error: "server_error", id: logError(error, { route: "login" }) },
      { status: 500, headers: noStore },
    );
  }
}
