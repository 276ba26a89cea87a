// What the auth code reads from a request's headers. The app runs behind a reverse proxy in
// production, which sets X-Forwarded-For and X-Forwarded-Proto.

/** The client's address for throttling: X-Forwarded-For's first hop, else one shared key. */
export function clientAddress(headers: Headers): string {
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first && first.length <= 64 ? first : "unknown";
}

/** Whether the browser reached us over HTTPS (so the cookie must be Secure). */
export function isHttps(headers: Headers): boolean {
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/**
 * A JSON endpoint's CSRF check: a browser names the page's origin; it must be this host. Requests
 * without Origin (curl, scripts) carry no ambient cookie risk from another site.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
