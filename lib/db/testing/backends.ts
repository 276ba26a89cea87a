// Integration tests run against every backend this process can reach: always an embedded PGlite
// in a temporary folder, and PostgreSQL too when DATABASE_URL is set (each test gets a fresh
// database on that server, dropped afterwards).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Config } from "../../config";

export type TestBackend = {
  name: "pglite" | "postgres";
  /** A fresh, empty database; call the returned cleanup when done. */
  create(): Promise<{ database: Config["database"]; cleanup(): Promise<void> }>;
};

const pgliteBackend: TestBackend = {
  name: "pglite",
  async create() {
    const root = await mkdtemp(path.join(os.tmpdir(), "zjtx-pglite-"));
    return {
      database: { kind: "pglite", dir: path.join(root, "db") },
      cleanup: () => rm(root, { recursive: true, force: true }),
    };
  },
};

function postgresBackend(serverUrl: string): TestBackend {
  return {
    name: "postgres",
    async create() {
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
    },
  };
}

export const testBackends: TestBackend[] = [
  pgliteBackend,
  ...(process.env.DATABASE_URL ? [postgresBackend(process.env.DATABASE_URL)] : []),
];
