// The answer when every place in the PDF queue is taken: 503 with Retry-After, and a short page in
// the reader's language that says when to come back, how to print meanwhile and links back to the
// report. No script and no inline style, so it passes any content security policy.
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function pdfBusyResponse(locale: Locale, retryAfter: number, reportPath: string): Response {
  const t = messages[locale].report;
  const title = escapeHtml(t.pdfBusyTitle);
  const text = escapeHtml(t.pdfBusy.replace("{seconds}", String(retryAfter)));
  const html =
    `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
    `<body><main><h1>${title}</h1><p role="alert">${text}</p>` +
    `<p><a href="${escapeHtml(reportPath)}">${escapeHtml(t.pdfBusyBack)}</a></p></main></body></html>\n`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(retryAfter),
      "Cache-Control": "no-store",
    },
  });
}
