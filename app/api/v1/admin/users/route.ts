import { listUsers } from "@/lib/admin/service";
import { requireAdminApi } from "@/lib/auth/guards";
import { route } from "@/lib/http/route";

/** GET: the accounts (admins only). */
export const GET = route("GET /api/v1/admin/users", async ({ request }) => {
  await requireAdminApi(request, "admin");
  return Response.json({ users: await listUsers() }, { headers: { "Cache-Control": "no-store" } });
});
