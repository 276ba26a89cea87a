import { listUsers } from "@/lib/admin/update-user";
import { requireAdminApi } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";

/** GET: the accounts (admins only). */
export async function GET(request: Request) {
  const guard = await requireAdminApi(request, "admin");
  if (!guard.ok) return guard.response;
  return Response.json({ users: await listUsers(await getPrisma()) }, { headers: { "Cache-Control": "no-store" } });
}
