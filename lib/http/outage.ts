// While the database cannot be reached, pages answer 503 with a short page in the reader's
// language instead of an empty 500. Called by proxy.ts before any page renders: a page cannot set
// its own status, and this costs no query (lib/db/outage.ts keeps the mark, set by the failing
// queries themselves and cleared by the next that succeeds or a ping once a second).
import { databaseSeemsDown, setUnavailablePage } from "@/lib/db/outage";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { cookieLocale, requestLocale } from "./request-locale";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function unavailableHtml(locale: Locale, path: string): string {
  const t = messages[locale].unavailable;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.title)}</title></head>
<body><main role="alert"><h1>${escape(t.title)}</h1><p>${escape(t.text)}</p>
<p><a href="${escape(path)}">${escape(t.retry)}</a></p></main></body></html>`;
}

const UNAVAILABLE_HEADERS = {
  "Retry-After": "30",
  "Cache-Control": "no-store",
  "Content-Type": "text/html; charset=utf-8",
} as const;

/** The "temporarily unavailable" page, 503, in the reader's language. */
export function unavailableResponse(request: Request): Response {
  const html = unavailableHtml(requestLocale(request), new URL(request.url).pathname);
  return new Response(html, { status: 503, headers: UNAVAILABLE_HEADERS });
}

// The same page for a page whose rendering met the outage first (before any query had marked the
// database down, so proxy.ts let it through): `npm start`'s server turns Next's 500 into this.
setUnavailablePage((path, cookie) => ({
  headers: UNAVAILABLE_HEADERS,
  body: unavailableHtml(cookieLocale(cookie), path),
}));

/**
 * For proxy.ts: the 503 page while the database is down, else undefined (go on). GET/HEAD of
 * pages only: a form post or server action fails on its own and shows its error, and the API's
 * route handlers answer `database_unavailable` themselves (lib/http/route.ts).
 */
export async function outageResponse(request: Request): Promise<Response | undefined> {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const path = new URL(request.url).pathname;
  if (path.startsWith("/_next/") || path.startsWith("/api/")) return undefined;
  return (await databaseSeemsDown()) ? unavailableResponse(request) : undefined;
}
