// The Content-Security-Policy of every page, with a fresh nonce per request, and HSTS when the page
// was served over https. proxy.ts applies them; next.config.js sets the headers that never vary
// (nosniff, Referrer-Policy, X-Frame-Options) and a locked-down policy for the JSON API.
import { NextResponse, type NextRequest } from "next/server";

/** 128 random bits, base64: unguessable, and fresh for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * A strict policy (https://csp.withgoogle.com/docs/strict-csp.html): a script runs only if it
 * carries the nonce, or was loaded by one that does ('strict-dynamic': Next's chunks). Styles
 * allow inline attributes, which the report's bars and charts set (style="width: 40%"); a style
 * cannot run code. Nothing may frame a page, change its base URL, or load plugins.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code; the production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Forms post only here; our redirects after a post are relative, so they stay same-origin.
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Whether the browser reached us over https: directly, or through a proxy that says so. */
export function servedOverHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded ? forwarded === "https" : new URL(request.url).protocol === "https:";
}

// A year, as browsers' preload lists ask; sent only over https (over http it would be ignored,
// and a plain-http deployment must stay reachable).
const HSTS = "max-age=31536000; includeSubDomains";

/** Sets the policy (and HSTS over https) on a response of ours, e.g. a page proxy.ts answers itself. */
export function secure<R extends Response>(response: R, request: Request, nonce = newNonce()): R {
  const https = servedOverHttps(request);
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

/**
 * Goes on to the page with a fresh nonce. The policy is put on the request too: Next reads the
 * nonce from the request's Content-Security-Policy header and gives it to every script it writes.
 * A nonce needs a dynamically rendered page; every page here is (the layout reads the language
 * cookie), so the nonce costs no static rendering.
 */
export function nextWithNonce(request: NextRequest, status?: number): NextResponse {
  // A PDF report is a file, not a page: no script to guard, and Chrome's PDF viewer is an embedded
  // plugin that object-src 'none' would refuse. X-Frame-Options still keeps it out of frames.
  if (/^\/assess\/[^/]+\/pdf$/.test(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = newNonce();
  const https = servedOverHttps(request);
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  // Next answers with the status the proxy gives (a page itself cannot set one).
  return secure(NextResponse.next({ request: { headers }, ...(status ? { status } : {}) }), request, nonce);
}
