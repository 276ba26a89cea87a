import { findSubmittedAssessment } from "@/lib/assessments/find-held";
import { loadHeldAssessment } from "@/lib/assessments/load-held";
import { requestAdmin } from "@/lib/auth/current-admin";
import { getPrisma } from "@/lib/db/client";
import { todayInChina } from "@/lib/dates";
import { requestLocale } from "@/lib/http/request-locale";
import { buildReport } from "@/lib/report/build-report";

/**
 * The result report as JSON, for the holder of the assessment's resume token (its cookie) and for
 * signed-in reviewers and admins (submitted assessments only): the same object the report page
 * renders. ?ruleset= and ?compare= as on the page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const held =
    (await loadHeldAssessment(id)) ??
    ((await requestAdmin(request)) ? await findSubmittedAssessment(await getPrisma(), id) : null);
  // One answer for "no such assessment" and "not yours": nothing to learn by probing ids.
  if (!held) return Response.json({ error: "not_found" }, { status: 404 });
  const url = new URL(request.url);
  const report = buildReport(held, {
    locale: requestLocale(request),
    today: todayInChina(),
    ruleset: url.searchParams.get("ruleset"),
    compare: url.searchParams.get("compare"),
  });
  if (!report) return Response.json({ error: "incomplete" }, { status: 409 });
  return Response.json(report, { headers: { "Cache-Control": "private, no-store" } });
}
