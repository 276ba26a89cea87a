import { auditFilters } from "@/lib/admin/list-audit";
import { listAudit } from "@/lib/admin/service";
import { requireAdminApi } from "@/lib/auth/guards";
import { queryOf } from "@/lib/http/query";
import { route } from "@/lib/http/route";

/** GET: the audit log, newest first (?before=<id> for older); reviewers see assessment entries. */
export const GET = route("GET /api/v1/admin/audit", async ({ request }) => {
  const session = await requireAdminApi(request, "reviewer");
  const page = await listAudit(session.role, auditFilters(queryOf(request)));
  const rows = page.rows.map((r) => ({ ...r, id: r.id.toString() }));
  return Response.json({ rows, next: page.next }, { headers: { "Cache-Control": "no-store" } });
});
