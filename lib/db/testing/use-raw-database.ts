import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { defaultMigrationsDir } from "../migrate";
import type { SqlConnection } from "../sql";
import type { TestBackend } from "./backends";
import { connectRaw } from "./connect";

export type RawDatabase = {
  /** A raw connection (no lock, no Prisma) to a fresh database where nothing is migrated yet. */
  sql: SqlConnection;
  /** A temporary folder for the migration runner, empty until copyMigrations fills it. */
  dir: string;
  /** Copies the app's migrations into `dir`: all of them, or only those named before `before`. */
  copyMigrations(before?: string): Promise<void>;
};

/**
 * For each test of a describe block, on `backend`: a fresh empty database on a raw connection and
 * a folder of migrations, both gone after the test (the migration runner's tests, the backfills').
 * Its members are valid inside tests.
 */
export function useRawDatabase(backend: TestBackend): RawDatabase {
  let cleanup = async () => {};
  const raw: RawDatabase = {
    sql: undefined as unknown as SqlConnection,
    dir: "",
    async copyMigrations(before) {
      const source = defaultMigrationsDir();
      if (before === undefined) return void (await cp(source, raw.dir, { recursive: true }));
      for (const name of (await readdir(source)).filter((n) => n !== "migration_lock.toml" && n < before))
        await cp(path.join(source, name), path.join(raw.dir, name), { recursive: true });
    },
  };
  beforeEach(async () => {
    const created = await backend.create();
    cleanup = created.cleanup;
    raw.sql = await connectRaw(created.database);
    raw.dir = await mkdtemp(path.join(os.tmpdir(), "zjtx-migrations-"));
  });
  afterEach(async () => {
    await raw.sql.close();
    await cleanup();
    await rm(raw.dir, { recursive: true, force: true });
  });
  return raw;
}
