// The smallest SQL surface the migration runner and health check need, over either backend.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";

export interface SqlConnection {
  /** Runs a script of one or more statements, without parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export function pgliteConnection(db: PGlite, ownsDb = false): SqlConnection {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    close: async () => {
      if (ownsDb) await db.close();
    },
  };
}

/** The extensions the schema uses (schema.prisma's `extensions`); PGlite must load them itself. */
export const pgliteExtensions = { pg_trgm };

export async function openPglite(dir: string): Promise<PGlite> {
  // PGlite does not create the parent of its data folder.
  await mkdir(path.dirname(dir), { recursive: true });
  return PGlite.create(dir, { extensions: pgliteExtensions });
}

/**
 * Statements on a connection pool (the one the app's Prisma client uses), each on whichever
 * connection is free. Closing it is the pool owner's business.
 */
export function pgPoolConnection(pool: pg.Pool): SqlConnection {
  return {
    exec: async (sql) => {
      await pool.query(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    close: async () => undefined,
  };
}

export async function pgConnection(url: string): Promise<SqlConnection> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  return {
    exec: async (sql) => {
      // No parameters: pg uses the simple-query protocol, which runs every statement of the script.
      await client.query(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    close: () => client.end(),
  };
}
