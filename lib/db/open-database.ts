// Opens the configured database for one process: PostgreSQL when DATABASE_URL is set, otherwise
// the embedded PGlite on disk (locked against a second process). Applies pending migrations first,
// since every entry point (server, CLIs) must run against an up-to-date schema.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Config } from "../config";
import { PrismaClient } from "./generated/client";
import { migrate, type MigrationResult } from "./migrate";
import { observeAdapter } from "./outage";
import { acquirePgliteLock } from "./pglite-lock";
import { openPglite, pgConnection, pgliteConnection, type SqlConnection } from "./sql";

export type Database = {
  kind: "postgres" | "pglite";
  prisma: PrismaClient;
  /** Raw SQL for health checks and tools. For PostgreSQL, opens its own short-lived connection. */
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
    const prisma = new PrismaClient({ adapter: observeAdapter(new PrismaPg({ connectionString: database.url })) });
    return { kind: "postgres", prisma, withSql, migration, close: () => prisma.$disconnect() };
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
