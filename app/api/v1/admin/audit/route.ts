import { listAudit } from "@/lib/admin/list-audit";
import { requireAdminApi } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";

/** GET: the audit log, newest first (?before=<id> for older); reviewers see assessment entries. */
export async function GET(request: Request) {
  const guard = await requireAdminApi(request, "reviewer");
  if (!guard.ok) return guard.response;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const page = await listAudit(await getPrisma(), guard.session.role, params);
  const rows = page.rows.map((r) => ({ ...r, id: r.id.toString() }));
  return Response.json({ rows, next: page.next }, { headers: { "Cache-Control": "no-store" } });
}
