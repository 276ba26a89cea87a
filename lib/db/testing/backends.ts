// Integration tests run against every backend this process can reach: always an embedded PGlite
// in a temporary folder, and PostgreSQL too when DATABASE_URL is set (each test gets a fresh
// database on that server, dropped afterwards).
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Config } from "../../config";

type Created = { database: Config["database"]; cleanup(): Promise<void> };

export type TestBackend = {
  name: "pglite" | "postgres";
  /** A fresh, empty database; call the returned cleanup when done. */
  create(): Promise<Created>;
  /**
   * A fresh database that already holds every migration: a copy of the one that vitest's global
   * setup (lib/db/testing/global-setup.ts) migrated once for the whole run, where there is one;
   * otherwise an empty one, which openDatabase migrates. openDatabase then finds nothing to apply.
   */
  createMigrated(): Promise<Created>;
};

/** Where vitest's global setup left a migrated PGlite data folder, to be copied. */
export const PGLITE_TEMPLATE_ENV = "ZJTX_TEST_PGLITE_TEMPLATE";

async function pgliteFolder(template?: string): Promise<Created> {
  const root = await mkdtemp(path.join(os.tmpdir(), "zjtx-pglite-"));
  const dir = path.join(root, "db");
  if (template) await cp(template, dir, { recursive: true });
  return {
    database: { kind: "pglite", dir },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

const pgliteBackend: TestBackend = {
  name: "pglite",
  create: () => pgliteFolder(),
  // A new PGlite spends seconds on initdb and the migrations; copying a migrated folder does not.
  createMigrated: () => pgliteFolder(process.env[PGLITE_TEMPLATE_ENV] || undefined),
};

function postgresBackend(serverUrl: string): TestBackend {
  const create = async (): Promise<Created> => {
    const name = `zjtx_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      database: { kind: "postgres", url: url.toString() },
      async cleanup() {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  };
  // PostgreSQL applies the migrations to a new database in well under a second: no template.
  return { name: "postgres", create, createMigrated: create };
}

export const testBackends: TestBackend[] = [
  pgliteBackend,
  ...(process.env.DATABASE_URL ? [postgresBackend(process.env.DATABASE_URL)] : []),
];
