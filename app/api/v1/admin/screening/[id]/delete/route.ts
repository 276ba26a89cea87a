import { requireAdminApi } from "@/lib/auth/guards";
import { sameOrigin } from "@/lib/auth/request-info";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { isUuid } from "@/lib/ids";
import { deleteScreening } from "@/lib/screening/service";

/** POST: deletes a stored screening (admins only, audited), then back to the list of screenings. */
export const POST = route<{ id: string }>("POST /api/v1/admin/screening/[id]/delete", async ({ request, params }) => {
  if (!sameOrigin(request)) throw new AppError("cross_origin");
  const session = await requireAdminApi(request, "admin");
  const deleted =
    isUuid(params.id) && (await deleteScreening({ userId: session.userId, email: session.email }, params.id));
  if (!deleted) throw new AppError("not_found");
  return new Response(null, {
    status: 303,
    headers: { Location: "/admin/screening?deleted=1", "Cache-Control": "no-store" },
  });
});
