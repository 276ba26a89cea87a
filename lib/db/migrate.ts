// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native engine:
// same folder format, same `_prisma_migrations` rows, same advisory lock, so a connected machine
// can switch to `prisma migrate deploy` and see a clean history. Unlike Prisma, each migration runs
// in one transaction, so a failed one leaves nothing of itself behind.
import { createHash, randomUUID } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { SqlConnection } from "./sql";

/** The key Prisma's engine locks while migrating PostgreSQL. */
export const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };
export type MigrationResult = { applied: string[]; warnings: string[] };
type Row = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
};

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export const defaultMigrationsDir = () => path.resolve(process.cwd(), "prisma/migrations");

export function checksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksum(sql) };
    }),
  );
}

function failedMessage(row: Row): string {
  return (
    `Migration ${row.migration_name} failed earlier and blocks every later one. Its changes were ` +
    `rolled back. Fix its migration.sql, then mark it rolled back with ` +
    `\`npm run -s db:resolve -- --rolled-back ${row.migration_name}\` and start again.` +
    (row.logs ? `\nThe database said: ${row.logs}` : "")
  );
}

async function applyOne(db: SqlConnection, m: MigrationFile): Promise<void> {
  const id = randomUUID();
  try {
    await db.exec("BEGIN");
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
      [id, m.checksum, m.name],
    );
    await db.exec(m.sql);
    await db.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK");
    const logs = error instanceof Error ? error.message : String(error);
    // Recorded outside the rolled-back transaction, as Prisma does, so the next run stops here.
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, now(), 0)`,
      [id, m.checksum, m.name, logs],
    );
    throw new MigrationError(
      failedMessage({ migration_name: m.name, checksum: m.checksum, finished_at: null, rolled_back_at: null, logs }),
    );
  }
}

/** Applies every pending migration in name order under Prisma's advisory lock. */
export async function migrate(db: SqlConnection, dir = defaultMigrationsDir()): Promise<MigrationResult> {
  const migrations = await readMigrations(dir);
  await db.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
  try {
    await db.exec(CREATE_TABLE);
    const rows = await db.query<Row>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed) throw new MigrationError(failedMessage(failed));

    const applied = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const onDisk = new Set(migrations.map((m) => m.name));
    const warnings: string[] = [];
    for (const m of migrations) {
      const row = applied.get(m.name);
      if (row && row.checksum !== m.checksum) {
        warnings.push(
          `Migration ${m.name} was edited after it was applied (checksum ${m.checksum} on disk, ${row.checksum} in the database). Edits to applied migrations are not re-run: add a new migration instead.`,
        );
      }
    }
    for (const name of applied.keys()) {
      if (!onDisk.has(name)) warnings.push(`Migration ${name} is applied in the database but missing from ${dir}.`);
    }

    const done: string[] = [];
    for (const m of migrations.filter((m) => !applied.has(m.name))) {
      await applyOne(db, m);
      done.push(m.name);
    }
    return { applied: done, warnings };
  } finally {
    await db.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`);
  }
}

/** What `prisma migrate resolve --rolled-back NAME` does: unblocks the runner after a failure. */
export async function markRolledBack(db: SqlConnection, name: string): Promise<boolean> {
  await db.exec(CREATE_TABLE);
  const rows = await db.query<{ id: string }>(
    `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL RETURNING id`,
    [name],
  );
  return rows.length > 0;
}
