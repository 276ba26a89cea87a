import { filterParams, parseFilters } from "@/lib/admin/assessment-filters";
import { exportAssessments } from "@/lib/admin/export-assessments";
import { recordAudit } from "@/lib/admin/record-audit";
import { requireAdminApi } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { requestLocale } from "@/lib/http/request-locale";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** GET ?format=csv|xlsx and the list's filters: every matching row, streamed. */
export async function GET(request: Request) {
  const guard = await requireAdminApi(request, "reviewer");
  if (!guard.ok) return guard.response;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format;
  if (format !== "csv" && format !== "xlsx") return Response.json({ error: "invalid_format" }, { status: 400 });
  const { filters, invalid } = parseFilters(params);
  if (invalid.length > 0) return Response.json({ error: "invalid_filters", fields: invalid }, { status: 400 });
  const db = await getPrisma();
  // Data leaving the system is an admin action like any other.
  await recordAudit(
    db,
    { userId: guard.session.userId, email: guard.session.email },
    {
      action: "assessments.export",
      targetType: "export",
      after: { format, filters: filterParams(filters).toString() },
    },
  );
  const stamp = new Date().toISOString().slice(0, 16).replace(/\D/g, "");
  return new Response(exportAssessments(db, filters, format, requestLocale(request)), {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="assessments-${stamp}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
