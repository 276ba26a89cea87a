import type { NextRequest } from "next/server";
import { limitedMinutes } from "@/lib/assessments/limited-param";
import { outageResponse } from "@/lib/http/outage";
import { nextWithNonce, secure } from "@/lib/http/security-headers";

/**
 * The start page that the start action sends back to when this address started too many drafts
 * (`?limited=<minutes>`): the status says so too, 429, with when to try again.
 */
function limitedStatus(request: NextRequest): { status: number; retryAfter: string } | undefined {
  if (request.nextUrl.pathname !== "/assess/new") return undefined;
  const minutes = limitedMinutes(request.nextUrl.searchParams.get("limited"));
  return minutes ? { status: 429, retryAfter: String(minutes * 60) } : undefined;
}

// Runs before every page (Next 16's proxy, formerly middleware).
export async function proxy(request: NextRequest) {
  // While the database is down: 503 and a translated "temporarily unavailable" page.
  const outage = await outageResponse(request);
  if (outage) return secure(outage, request);
  // Every page: a Content-Security-Policy with a fresh nonce for Next's scripts; HSTS over https.
  const limited = limitedStatus(request);
  const response = nextWithNonce(request, limited?.status);
  if (limited) response.headers.set("Retry-After", limited.retryAfter);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|api/|favicon.ico|icon.svg).*)",
      // A server action called by the page's script (the autosave) answers data, not a page: no
      // script to guard, and no status of ours to set. A form posted without JavaScript has no
      // such header and renders a page, so it still passes here.
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
