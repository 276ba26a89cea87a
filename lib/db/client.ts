import "server-only";
// The one database handle of the server process. Kept on globalThis because Next bundles
// instrumentation and route handlers separately: each bundle would otherwise open its own copy,
// and a second PGlite on the same folder is exactly what the lock forbids.
import { config } from "../config";
import { openDatabase, type Database } from "./open-database";

const holder = globalThis as typeof globalThis & { __zjtxDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.__zjtxDatabase ??= openDatabase(config().database).then((db) => {
    const close = () => void db.close().finally(() => process.exit(0));
    process.once("SIGTERM", close);
    process.once("SIGINT", close);
    return db;
  });
  return holder.__zjtxDatabase;
}

export async function getPrisma() {
  return (await getDatabase()).prisma;
}
