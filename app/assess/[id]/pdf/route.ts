import { NextResponse } from "next/server";
import { loadHeldAssessment } from "@/lib/assessments/load-held";
import { config } from "@/lib/config";
import { route } from "@/lib/http/route";
import { logError } from "@/lib/log";
import { renderPdf } from "@/lib/pdf/render-pdf";

/**
 * "Download PDF": the report page printed by headless Chromium with the caller's own cookie, so the
 * file is the same document as the browser's print. Only a submitted assessment has a report to
 * download: a draft (its result page is a preview) or an assessment this browser does not hold is
 * not found, before any browser starts. Where the server has no Chromium, back to the report with a
 * note to use the browser's print instead.
 */
export const GET = route<{ id: string }>("GET /assess/:id/pdf", async ({ request, params: { id } }) => {
  const held = await loadHeldAssessment(id);
  if (!held || held.status === "draft") return new NextResponse(null, { status: 404 });
  const url = new URL(request.url);
  // The server prints its own page over loopback; the caller's cookie goes along as a header.
  const report = new URL(`/assess/${id}/result`, `http://127.0.0.1:${config().port}`);
  for (const key of ["ruleset", "compare"]) {
    const value = url.searchParams.get(key);
    if (value) report.searchParams.set(key, value);
  }
  try {
    const pdf = await renderPdf(report.toString(), request.headers.get("cookie"));
    return new NextResponse(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${held.reference}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    logError(error, { route: "pdf", id });
    return new NextResponse(null, { status: 303, headers: { Location: `/assess/${id}/result?pdf=unavailable` } });
  }
});
