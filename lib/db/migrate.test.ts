import { mkdir, readdir, writeFile, appendFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { checksum, defaultMigrationsDir, markRolledBack, migrate, MigrationError, readMigrations } from "./migrate";
import type { SqlConnection } from "./sql";
import { testBackends } from "./testing/backends";
import { connectRaw } from "./testing/connect";
import { useRawDatabase } from "./testing/use-raw-database";

type Row = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
};

const tableExists = async (sql: SqlConnection, name: string) =>
  (await sql.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [name]))[0]?.t != null;

describe.each(testBackends)("migration runner on $name", (backend) => {
  const raw = useRawDatabase(backend);
  beforeEach(() => raw.copyMigrations());

  it("applies every migration to a fresh database and records it as Prisma does", async () => {
    const expected = await readMigrations(raw.dir);
    expect(expected.length).toBeGreaterThan(0);

    const result = await migrate(raw.sql, raw.dir);

    expect(result).toEqual({ applied: expected.map((m) => m.name), warnings: [] });
    expect(await tableExists(raw.sql, "assessment")).toBe(true);
    const rows = await raw.sql.query<Row>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      expected.map((m) => [m.name, checksum(m.sql), 1]),
    );
    expect(rows.every((r) => r.finished_at instanceof Date && r.logs === null)).toBe(true);
  });

  it("does nothing when run again", async () => {
    await migrate(raw.sql, raw.dir);
    expect(await migrate(raw.sql, raw.dir)).toEqual({ applied: [], warnings: [] });
    const rows = await raw.sql.query<Row>(`SELECT * FROM "_prisma_migrations"`);
    expect(rows).toHaveLength((await readMigrations(raw.dir)).length);
  });

  it("leaves nothing of a failed migration behind and blocks the next run until it is resolved", async () => {
    await migrate(raw.sql, raw.dir);
    const broken = path.join(raw.dir, "20990101000000_broken");
    await mkdir(broken);
    await writeFile(
      path.join(broken, "migration.sql"),
      `CREATE TABLE "probe" (id int);\nSELECT * FROM "no_such_table";\n`,
    );

    await expect(migrate(raw.sql, raw.dir)).rejects.toThrow(/20990101000000_broken/);
    expect(await tableExists(raw.sql, "probe")).toBe(false);

    const again = migrate(raw.sql, raw.dir);
    await expect(again).rejects.toBeInstanceOf(MigrationError);
    await expect(again).rejects.toThrow(/failed earlier.*db:resolve -- --rolled-back 20990101000000_broken/s);

    await writeFile(path.join(broken, "migration.sql"), `CREATE TABLE "probe" (id int);\n`);
    expect(await markRolledBack(raw.sql, "20990101000000_broken")).toBe(true);
    expect(await migrate(raw.sql, raw.dir)).toEqual({ applied: ["20990101000000_broken"], warnings: [] });
    expect(await tableExists(raw.sql, "probe")).toBe(true);
  });

  it("warns when an applied migration was edited, and does not re-run it", async () => {
    await migrate(raw.sql, raw.dir);
    const [first] = (await readdir(raw.dir, { withFileTypes: true })).filter((e) => e.isDirectory());
    await appendFile(path.join(raw.dir, first!.name, "migration.sql"), "\n-- edited\n");

    const result = await migrate(raw.sql, raw.dir);

    expect(result.applied).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain(`Migration ${first!.name} was edited after it was applied`);
  });
});

// Declared only when PostgreSQL is reachable, so a PGlite-only run reports no skipped test.
if (process.env.DATABASE_URL)
  describe("migration runner on postgres, concurrency", () => {
    it("waits for Prisma's advisory lock held by another migrator", async () => {
      const [backend] = testBackends.filter((b) => b.name === "postgres");
      const { database, cleanup } = await backend!.create();
      const holder = await connectRaw(database);
      const runner = await connectRaw(database);
      const observer = await connectRaw(database);
      try {
        await holder.query(`SELECT pg_advisory_lock(72707369)`);
        let finished = false;
        const running = migrate(runner, defaultMigrationsDir()).then((r) => {
          finished = true;
          return r;
        });
        // Wait until the runner is visibly queued on the lock (a condition, not a sleep).
        for (;;) {
          const waiting = await observer.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
          if (waiting.length > 0) break;
        }
        expect(finished).toBe(false);
        expect(await tableExists(observer, "assessment")).toBe(false);
        await holder.query(`SELECT pg_advisory_unlock(72707369)`);
        expect((await running).applied.length).toBeGreaterThan(0);
      } finally {
        await Promise.all([holder.close(), runner.close(), observer.close()]);
        await cleanup();
      }
    });
  });
