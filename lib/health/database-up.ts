import "server-only";
import { getDatabase } from "@/lib/db/client";
import { ping } from "@/lib/db/ping";

/**
 * Whether the app's database answers a query now (false while it cannot be opened or reached).
 * On the app's own connection (on PostgreSQL its pool): a load balancer polls this every few
 * seconds, and a new connection per check cost about 100 ms here, more than the whole request.
 */
export async function databaseUp(): Promise<boolean> {
  return getDatabase().then(
    (db) => ping((fn) => fn(db.sql)),
    () => false,
  );
}
