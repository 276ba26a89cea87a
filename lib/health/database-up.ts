import "server-only";
import { getDatabase } from "@/lib/db/client";
import { ping } from "@/lib/db/ping";

/** Whether the app's database answers a query now (false while it cannot be opened or reached). */
export async function databaseUp(): Promise<boolean> {
  return getDatabase().then(
    (db) => ping((fn) => db.withSql(fn)),
    () => false,
  );
}
