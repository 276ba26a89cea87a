// Prisma's schema engine compiled to wasm, driven offline: the native engine the Prisma CLI
// downloads cannot be fetched on our machines. Internal API of Prisma (pinned versions in
// package.json); lib/db/schema-engine.test.ts proves it still works after an upgrade.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { pgliteExtensions } from "./sql";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationDirectory } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);
let started: Promise<void> | undefined;

function startWasm(): Promise<void> {
  started ??= (async () => {
    // The package does not export the .wasm path; it sits beside the glue module.
    const glueFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const file = path.join(path.dirname(glueFile), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(file), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return started;
}

export async function readMigrationDirectories(migrationsDir: string): Promise<MigrationDirectory[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    dirs.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
}

/**
 * pglite-prisma-adapter 0.7.2 gives the engine a shadow database without our extensions, and runs
 * scripts without waiting for them, so a migration (CREATE EXTENSION above all) could still be
 * running, or have failed unseen, when the engine reads the result. Each connection here is an
 * in-memory PGlite with the extensions, whose scripts are awaited and whose errors surface.
 */
function shadowFactory(opened: PGlite[]): SqlMigrationAwareDriverAdapterFactory {
  const connect = async () => {
    const db = new PGlite({ extensions: pgliteExtensions });
    opened.push(db);
    const adapter = await new PrismaPGlite(db).connect();
    return Object.assign(adapter, { executeScript: async (script: string) => void (await db.exec(script)) });
  };
  return { provider: "postgres", adapterName: "pglite-in-memory", connect, connectToShadowDb: connect };
}

/**
 * The SQL that takes a database from the state of the migrations folder to the state of the
 * schema. An empty string means they agree (no drift). The migrations are replayed into a
 * throw-away in-memory PGlite (the "shadow database").
 */
export async function diffMigrationsToSchema(options: { schemaPath: string; migrationsDir: string }): Promise<string> {
  await startWasm();
  const schema = await readFile(options.schemaPath, "utf8");
  const opened: PGlite[] = [];
  const factory = bindMigrationAwareSqlAdapterFactory(shadowFactory(opened));
  const engine = await glue.SchemaEngine.new({ datamodels: [[options.schemaPath, schema]] }, () => undefined, factory);
  try {
    const lockPath = path.join(options.migrationsDir, "migration_lock.toml");
    const result = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: options.migrationsDir,
        lockfile: { path: lockPath, content: await readFile(lockPath, "utf8").catch(() => null) },
        shadowDbInitScript: "",
        migrationDirectories: await readMigrationDirectories(options.migrationsDir),
      },
      to: { tag: "schemaDatamodel", files: [{ path: options.schemaPath, content: schema }] },
      script: true,
      exitCode: true, // 2 when there is a difference; 0 (and a comment for a script) when none
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "").trim();
  } finally {
    engine.free();
    await Promise.all(opened.map((db) => db.close()));
  }
}
