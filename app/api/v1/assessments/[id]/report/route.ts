import { findSubmittedAssessment } from "@/lib/assessments/service";
import { loadHeldAssessment } from "@/lib/assessments/load-held";
import { requestAdmin } from "@/lib/auth/current-admin";
import { chinaToday } from "@/lib/criteria/today";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { buildReport } from "@/lib/report/build-report";

/**
 * The result report as JSON, for the holder of the assessment's resume token (its cookie) and for
 * signed-in reviewers and admins (submitted assessments only): the same object the report page
 * renders. ?ruleset= and ?compare= as on the page.
 */
export const GET = route<{ id: string }>("GET /api/v1/assessments/:id/report", async ({ request, params, locale }) => {
  const held =
    (await loadHeldAssessment(params.id)) ??
    ((await requestAdmin(request)) ? await findSubmittedAssessment(params.id) : null);
  // One answer for "no such assessment" and "not yours": nothing to learn by probing ids.
  if (!held) throw new AppError("not_found");
  const url = new URL(request.url);
  const report = buildReport(held, {
    locale,
    today: chinaToday(),
    ruleset: url.searchParams.get("ruleset"),
    compare: url.searchParams.get("compare"),
  });
  if (!report) throw new AppError("incomplete");
  return Response.json(report, { headers: { "Cache-Control": "private, no-store" } });
});
