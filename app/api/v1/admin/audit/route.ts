import { auditFilters, auditQueryProblems } from "@/lib/admin/list-audit";
import { listAudit } from "@/lib/admin/service";
import { requireAdminApi } from "@/lib/auth/guards";
import { AppError } from "@/lib/http/errors";
import { queryOf } from "@/lib/http/query";
import { route } from "@/lib/http/route";

/** GET: the audit log, newest first (?before=<id> for older); reviewers see assessment entries. */
export const GET = route("GET /api/v1/admin/audit", async ({ request }) => {
  const session = await requireAdminApi(request, "reviewer");
  const params = queryOf(request);
  const problems = auditQueryProblems(params);
  if (problems.cursor) throw new AppError("invalid_cursor", { fields: ["before"] });
  if (problems.fields.length > 0) throw new AppError("invalid_filters", { fields: problems.fields });
  const page = await listAudit(session.role, auditFilters(params));
  const rows = page.rows.map((r) => ({ ...r, id: r.id.toString() }));
  return Response.json({ rows, next: page.next }, { headers: { "Cache-Control": "no-store" } });
});
