import { requireAdminApi } from "@/lib/auth/guards";
import { sameOrigin } from "@/lib/auth/request-info";

/** POST: "stay signed in". Using the session restarts its idle clock; the answer says until when. */
export async function POST(request: Request) {
  const guard = await requireAdminApi(request, "reviewer");
  if (!guard.ok) return guard.response;
  if (!sameOrigin(request)) return Response.json({ error: "cross_origin" }, { status: 403 });
  const { endsAt, expiresAt } = guard.session;
  return Response.json(
    { endsAt: endsAt.toISOString(), expiresAt: expiresAt.toISOString() },
    { headers: { "Cache-Control": "no-store" } },
  );
}
