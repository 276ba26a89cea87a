// Opens the configured database for one process: PostgreSQL when DATABASE_URL is set, otherwise
// the embedded PGlite on disk (locked against a second process). Applies pending migrations first,
// since every entry point (server, CLIs) must run against an up-to-date schema.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Config } from "../config";
import { PrismaClient } from "./generated/client";
import { migrate, type MigrationResult } from "./migrate";
import { observeAdapter, observeConnection, recordDatabaseError } from "./outage";
import { acquirePgliteLock } from "./pglite-lock";
import { openPglite, pgConnection, pgliteConnection, pgPoolConnection, type SqlConnection } from "./sql";

export type Database = {
  kind: "postgres" | "pglite";
  prisma: PrismaClient;
  /**
   * Plain SQL on the app's own connection (PGlite itself, or the pool the Prisma client uses),
   * where Prisma's query path costs more than the statement: the health check and the autosave's
   * write (README, Performance). Each statement records whether it reached the database, as
   * Prisma's do (outage.ts).
   */
  sql: SqlConnection;
  /** Raw SQL for migrations and tools. For PostgreSQL, opens its own short-lived connection. */
  withSql<T>(fn: (sql: SqlConnection) => Promise<T>): Promise<T>;
  migration: MigrationResult;
  close(): Promise<void>;
};

export async function openDatabase(
  database: Config["database"],
  options: { migrationsDir?: string } = {},
): Promise<Database> {
  if (database.kind === "postgres") {
    const withSql = async <T>(fn: (sql: SqlConnection) => Promise<T>) => {
      const sql = await pgConnection(database.url);
      try {
        return await fn(sql);
      } finally {
        await sql.close();
      }
    };
    const migration = await withSql((sql) => migrate(sql, options.migrationsDir));
    // One pool for Prisma and the plain statements. A connection of the pool that fails while idle
    // (the server restarted) is an outage to note, not an uncaught error.
    const pool = new pg.Pool({ connectionString: database.url });
    pool.on("error", recordDatabaseError);
    const prisma = new PrismaClient({ adapter: observeAdapter(new PrismaPg(pool)) });
    return {
      kind: "postgres",
      prisma,
      sql: observeConnection(pgPoolConnection(pool)),
      withSql,
      migration,
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }

  const release = acquirePgliteLock(database.dir);
  try {
    const pglite = await openPglite(database.dir);
    const sql = pgliteConnection(pglite);
    const migration = await migrate(sql, options.migrationsDir).catch(async (error: unknown) => {
      await pglite.close();
      throw error;
    });
    const prisma = new PrismaClient({ adapter: observeAdapter(new PrismaPGlite(pglite)) });
    return {
      kind: "pglite",
      prisma,
      sql: observeConnection(sql),
      withSql: (fn) => fn(sql),
      migration,
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
