import { NextResponse } from "next/server";
import { z } from "zod";
import { ADMIN_COOKIE, sessionCookie } from "@/lib/auth/cookie";
import { login } from "@/lib/auth/service";
import { clientAddress, isHttps, sameOrigin } from "@/lib/auth/request-info";
import { config } from "@/lib/config";
import { isStorableText } from "@/lib/criteria/text";
import { readCookie } from "@/lib/http/cookies";
import { AppError } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/read-body";
import { parseInput, route } from "@/lib/http/route";

const body = z.object({ email: z.string().max(254).refine(isStorableText), password: z.string().max(1024) });

/** POST {email, password}: 200 and the session cookie; 401 whatever was wrong; 429 when throttled. */
export const POST = route("POST /api/v1/auth/login", async ({ request }) => {
  if (!sameOrigin(request)) throw new AppError("cross_origin");
  const { email, password } = parseInput(body, await readJsonBody(request, 4096));
  const result = await login(
    {
      email,
      password,
      address: clientAddress(request.headers, config().trustedProxyHops),
      previousToken: readCookie(request.headers, ADMIN_COOKIE),
    },
    { policy: config().adminSession, now: new Date() },
  );
  if (result.kind === "invalid") throw new AppError("invalid_credentials");
  if (result.kind === "throttled")
    throw new AppError(
      "too_many_attempts",
      { retryAfter: result.retryAfter },
      { "Retry-After": String(result.retryAfter) },
    );
  const response = NextResponse.json(
    { user: { email: result.user.email, role: result.user.role } },
    { headers: { "Cache-Control": "no-store" } },
  );
  response.cookies.set(
    sessionCookie(result.token, { secure: isHttps(request.headers), maxMs: config().adminSession.maxMs }),
  );
  return response;
});
