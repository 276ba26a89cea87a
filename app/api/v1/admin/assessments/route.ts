import { parseFilters } from "@/lib/admin/assessment-filters";
import { listAssessments } from "@/lib/admin/list-assessments";
import { requireAdminApi } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";

/** GET: one page of the list as JSON, with the list page's filters and cursors. */
export async function GET(request: Request) {
  const guard = await requireAdminApi(request, "reviewer");
  if (!guard.ok) return guard.response;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filters, invalid } = parseFilters(params);
  if (invalid.length > 0) return Response.json({ error: "invalid_filters", fields: invalid }, { status: 400 });
  const page = await listAssessments(await getPrisma(), filters, { after: params.after, before: params.before });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}
