import { getDatabase } from "@/lib/db/client";
import { ping } from "@/lib/db/ping";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await getDatabase().then(
    (db) => ping((fn) => db.withSql(fn)),
    () => false,
  );
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
