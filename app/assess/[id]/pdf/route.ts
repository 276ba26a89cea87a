import { NextResponse } from "next/server";
import { loadHeldAssessment } from "@/lib/assessments/load-held";
import { config } from "@/lib/config";
import { chinaToday } from "@/lib/criteria/today";
import { readCookie } from "@/lib/http/cookies";
import { route } from "@/lib/http/route";
import { defaultLocale, isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { logError } from "@/lib/log";
import { pdfBusyResponse } from "@/lib/pdf/busy-page";
import { pdfCacheKey, reportQuery } from "@/lib/pdf/cache-key";
import { peerStamp } from "@/lib/pdf/peer-stamp";
import { PdfAbortedError, PdfBusyError } from "@/lib/pdf/queue";
import { pdfPrinter, renderPdf } from "@/lib/pdf/render-pdf";

/**
 * "Download PDF": the report page printed by headless Chromium with the caller's own cookie, so the
 * file is the same document as the browser's print. Only a submitted assessment has a report to
 * download: a draft (its result page is a preview) or an assessment this browser does not hold is
 * not found, before anything is queued. The last PDFs are reused (`X-PDF-Cache: hit`); renders wait
 * in a bounded queue, beyond which the answer is 503 with Retry-After and a page saying so; a
 * request whose client went away leaves the queue. Where the server has no Chromium, back to the
 * report with a note to use the browser's print instead.
 */
export const GET = route<{ id: string }>("GET /assess/:id/pdf", async ({ request, params: { id }, locale }) => {
  const held = await loadHeldAssessment(id);
  if (!held || held.status === "draft") return new NextResponse(null, { status: 404 });
  const { ruleset, compare } = reportQuery(new URL(request.url));
  // The server prints its own page over loopback; the caller's cookie goes along as a header.
  const report = new URL(`/assess/${id}/result`, `http://127.0.0.1:${config().port}`);
  if (ruleset) report.searchParams.set("ruleset", ruleset);
  if (compare) report.searchParams.set("compare", compare);
  const back = `/assess/${id}/result${report.search}`;
  // The language the printed page will have: the reader's cookie, as the page reads it.
  const cookieLocale = readCookie(request.headers, LOCALE_COOKIE);
  const key = pdfCacheKey({
    id,
    version: held.version,
    updatedAt: held.updatedAt,
    locale: isLocale(cookieLocale) ? cookieLocale : defaultLocale,
    ruleset,
    compare,
    today: chinaToday(),
    peers: await peerStamp(),
  });
  const cookie = request.headers.get("cookie");
  try {
    const { pdf, source } = await pdfPrinter().queue.get(
      key,
      (signal) => renderPdf(report.toString(), cookie, signal),
      request.signal,
    );
    return new NextResponse(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${held.reference}.pdf"`,
        "Cache-Control": "no-store",
        "X-PDF-Cache": source,
      },
    });
  } catch (error) {
    if (error instanceof PdfBusyError) return pdfBusyResponse(locale, error.retryAfter, back);
    // Nobody reads this answer: the client is gone.
    if (error instanceof PdfAbortedError) return new NextResponse(null, { status: 499 });
    logError(error, { route: "pdf", id });
    const unavailable = new URL(back, "http://x");
    unavailable.searchParams.set("pdf", "unavailable");
    return new NextResponse(null, {
      status: 303,
      headers: { Location: `${unavailable.pathname}${unavailable.search}` },
    });
  }
});
