import { requireAdminApi } from "@/lib/auth/guards";
import { sameOrigin } from "@/lib/auth/request-info";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";

/** POST: "stay signed in". Using the session restarts its idle clock; the answer says until when. */
export const POST = route("POST /api/v1/admin/session", async ({ request }) => {
  const { endsAt, expiresAt } = await requireAdminApi(request, "reviewer");
  if (!sameOrigin(request)) throw new AppError("cross_origin");
  return Response.json(
    { endsAt: endsAt.toISOString(), expiresAt: expiresAt.toISOString() },
    { headers: { "Cache-Control": "no-store" } },
  );
});
