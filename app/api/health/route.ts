import { databaseUp } from "@/lib/health/database-up";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route("GET /api/health", async () => {
  const ok = await databaseUp();
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
