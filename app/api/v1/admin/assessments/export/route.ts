import { parseFilters } from "@/lib/admin/assessment-filters";
import { exportDisposition } from "@/lib/admin/export-file-name";
import { startExport } from "@/lib/admin/service";
import { requireAdminApi } from "@/lib/auth/guards";
import { AppError } from "@/lib/http/errors";
import { queryOf } from "@/lib/http/query";
import { route } from "@/lib/http/route";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** GET ?format=csv|xlsx and the list's filters: every matching row, streamed. */
export const GET = route("GET /api/v1/admin/assessments/export", async ({ request, locale }) => {
  const session = await requireAdminApi(request, "reviewer");
  const params = queryOf(request);
  const format = params.format;
  if (format !== "csv" && format !== "xlsx") throw new AppError("invalid_format");
  const { filters, invalid } = parseFilters(params);
  if (invalid.length > 0) throw new AppError("invalid_filters", { fields: invalid });
  const actor = { userId: session.userId, email: session.email };
  const stream = await startExport(actor, { filters, format, locale });
  return new Response(stream, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": exportDisposition(locale, format),
      "Cache-Control": "no-store",
    },
  });
});
