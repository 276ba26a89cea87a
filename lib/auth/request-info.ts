// What the auth code reads from a request's headers.
import { isIP } from "node:net";

/**
 * The header through which our own server (scripts/start.mjs) hands the TCP peer's address to the
 * app: Next's route handlers do not see the socket. The server overwrites any copy a client sent.
 */
export const CLIENT_ADDRESS_HEADER = "x-zjtx-client-address";

const ip = (value: string | undefined): string | undefined => {
  const v = value?.trim();
  return v && v.length <= 64 && isIP(v) ? v : undefined;
};

/**
 * The client's address for throttling. By default (no trusted proxy) the socket's peer, and
 * X-Forwarded-For is ignored entirely: anyone can send it. Behind `trustedProxyHops` = n proxies
 * of our own, each appending the address it saw, the n-th entry from the right of X-Forwarded-For
 * is the one our outermost proxy saw; whatever the client wrote further left is never used. With
 * fewer entries than hops, the leftmost one (every entry came from a trusted proxy). "unknown"
 * (one shared key) when nothing usable is there, e.g. under `next dev`, which has no such server.
 */
export function clientAddress(headers: Headers, trustedProxyHops = 0): string {
  const socket = ip(headers.get(CLIENT_ADDRESS_HEADER) ?? undefined);
  if (trustedProxyHops > 0) {
    const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim());
    const nonEmpty = hops.filter(Boolean);
    if (nonEmpty.length > 0) {
      const chosen = ip(nonEmpty[Math.max(0, nonEmpty.length - trustedProxyHops)]);
      if (chosen) return chosen;
    }
  }
  return socket ?? "unknown";
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
