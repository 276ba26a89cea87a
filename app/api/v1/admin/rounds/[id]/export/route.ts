import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import { getRound, recordRoundExport } from "@/lib/admin/service";
import { listFileName, listLines, listWorkbook, signoffLines } from "@/lib/admin/round-export";
import { requireAdminApi } from "@/lib/auth/guards";
import { config } from "@/lib/config";
import { AppError } from "@/lib/http/errors";
import { queryOf } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { isUuid } from "@/lib/ids";
import { logError } from "@/lib/log";
import { pdfBusyResponse } from "@/lib/pdf/busy-page";
import { PdfAbortedError, PdfBusyError } from "@/lib/pdf/queue";
import { pdfPrinter, renderPdf } from "@/lib/pdf/render-pdf";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

const disposition = (name: string) =>
  `attachment; filename="${encodeURIComponent(name).replace(/%/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * GET ?format=xlsx|pdf: a round's recommendation list in the provinces' shape. The PDF is the
 * list's print page printed by the kept browser with the caller's cookie (through the bounded
 * queue; the same list printed again is reused). Every download is in the audit log.
 */
export const GET = route<{ id: string }>(
  "GET /api/v1/admin/rounds/:id/export",
  async ({ request, params: { id }, locale }) => {
    const session = await requireAdminApi(request, "reviewer");
    const format = queryOf(request).format;
    if (format !== "xlsx" && format !== "pdf") throw new AppError("invalid_format");
    const round = isUuid(id) ? await getRound(id) : null;
    if (!round) throw new AppError("not_found");
    const headers = {
      "Content-Type": TYPES[format],
      "Content-Disposition": disposition(listFileName(round, locale, format)),
      "Cache-Control": "no-store",
    };
    if (format === "xlsx") {
      const body = await listWorkbook(round, locale);
      await recordRoundExport({ userId: session.userId, email: session.email }, id, format);
      return new NextResponse(new Uint8Array(body), { headers });
    }
    const print = new URL(`/admin/rounds/${id}/print`, `http://127.0.0.1:${config().port}`);
    // The same list, language and sign-offs print the same: reuse the last PDF of it.
    const key = `round:${createHash("sha256")
      .update(JSON.stringify([id, round.version, locale, listLines(round, locale), signoffLines(round, locale)]))
      .digest("base64url")}`;
    const back = `/admin/rounds/${id}`;
    try {
      const { pdf, source } = await pdfPrinter().queue.get(
        key,
        (signal) => renderPdf(print.toString(), request.headers.get("cookie"), signal),
        request.signal,
      );
      await recordRoundExport({ userId: session.userId, email: session.email }, id, format);
      return new NextResponse(new Uint8Array(pdf), { headers: { ...headers, "X-PDF-Cache": source } });
    } catch (error) {
      if (error instanceof PdfBusyError) return pdfBusyResponse(locale, error.retryAfter, back);
      if (error instanceof PdfAbortedError) return new NextResponse(null, { status: 499 });
      logError(error, { route: "round-pdf", id });
      return new NextResponse(null, { status: 303, headers: { Location: `${back}?pdf=unavailable` } });
    }
  },
);
