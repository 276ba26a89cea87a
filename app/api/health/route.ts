import { getDatabase } from "@/lib/db/client";
import { ping } from "@/lib/db/ping";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route("GET /api/health", async () => {
  const ok = await getDatabase().then(
    (db) => ping((fn) => db.withSql(fn)),
    () => false,
  );
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
