import { listUsers } from "@/lib/admin/update-user";
import { requireAdminApi } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { route } from "@/lib/http/route";

/** GET: the accounts (admins only). */
export const GET = route("GET /api/v1/admin/users", async ({ request }) => {
  await requireAdminApi(request, "admin");
  return Response.json({ users: await listUsers(await getPrisma()) }, { headers: { "Cache-Control": "no-store" } });
});
