import { invalidCursors, parseFilters } from "@/lib/admin/assessment-filters";
import { listAssessments } from "@/lib/admin/service";
import { requireAdminApi } from "@/lib/auth/guards";
import { AppError } from "@/lib/http/errors";
import { queryOf, queryValue } from "@/lib/http/query";
import { route } from "@/lib/http/route";

/** GET: one page of the list as JSON, with the list page's filters and cursors. */
export const GET = route("GET /api/v1/admin/assessments", async ({ request }) => {
  await requireAdminApi(request, "reviewer");
  const params = queryOf(request);
  const { filters, invalid } = parseFilters(params);
  const cursors = invalidCursors(params, filters.sort);
  if (cursors.length > 0) throw new AppError("invalid_cursor", { fields: cursors });
  if (invalid.length > 0) throw new AppError("invalid_filters", { fields: invalid });
  const page = await listAssessments(filters, {
    after: queryValue(params, "after", 2048),
    before: queryValue(params, "before", 2048),
  });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
});
