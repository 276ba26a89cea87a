import "server-only";
// The one database handle of the server process. Kept on globalThis because Next bundles
// instrumentation and route handlers separately: each bundle would otherwise open its own copy,
// and a second PGlite on the same folder is exactly what the lock forbids.
import { config } from "../config";
import { openDatabase, type Database } from "./open-database";
import { setDatabaseRecheck } from "./outage";
import { ping } from "./ping";

const holder = globalThis as typeof globalThis & { __zjtxDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.__zjtxDatabase ??= openDatabase(config().database).then((db) => {
    const close = () => void db.close().finally(() => process.exit(0));
    process.once("SIGTERM", close);
    process.once("SIGINT", close);
    setDatabaseRecheck(() => ping((fn) => fn(db.sql)));
    return db;
  });
  return holder.__zjtxDatabase;
}

export async function getPrisma() {
  return (await getDatabase()).prisma;
}

type AppPrisma = Awaited<ReturnType<typeof getPrisma>>;

/**
 * An operation written for any database (`op(db, ...args)`, as tests call it on theirs), bound to
 * the app's own: what the feature modules' service.ts hand to pages and route handlers, which
 * never touch the database client themselves.
 */
export function onAppDatabase<A extends unknown[], R>(op: (db: AppPrisma, ...args: A) => R) {
  return async (...args: A): Promise<Awaited<R>> => await op(await getPrisma(), ...args);
}
