import type { NextRequest } from "next/server";
import { outageResponse } from "@/lib/http/outage";
import { nextWithNonce, secure } from "@/lib/http/security-headers";

// Runs before every page (Next 16's proxy, formerly middleware).
export async function proxy(request: NextRequest) {
  // While the database is down: 503 and a translated "temporarily unavailable" page.
  const outage = await outageResponse(request);
  if (outage) return secure(outage, request);
  // Every page: a Content-Security-Policy with a fresh nonce for Next's scripts; HSTS over https.
  return nextWithNonce(request);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|api/|favicon.ico|icon.svg).*)"],
};
