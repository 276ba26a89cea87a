import { requireAdminApi } from "@/lib/auth/guards";
import { AppError } from "@/lib/http/errors";
import { queryOf } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { isUuid } from "@/lib/ids";
import { openScreeningExport } from "@/lib/screening/export-screening";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** GET ?format=csv|xlsx: a stored screening's results, streamed. */
export const GET = route<{ id: string }>(
  "GET /api/v1/admin/screening/[id]/export",
  async ({ request, params, locale }) => {
    const session = await requireAdminApi(request, "reviewer");
    const format = queryOf(request).format;
    if (format !== "csv" && format !== "xlsx") throw new AppError("invalid_format");
    const found = isUuid(params.id)
      ? await openScreeningExport({ userId: session.userId, email: session.email }, params.id, format, locale)
      : null;
    if (!found) throw new AppError("not_found");
    return new Response(found.stream, {
      headers: {
        "Content-Type": TYPES[format],
        "Content-Disposition": `attachment; filename="screening.${format}"; filename*=UTF-8''${encodeURIComponent(found.fileName)}`,
        "Cache-Control": "no-store",
      },
    });
  },
);
