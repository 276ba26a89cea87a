// npm run -s db:migration:create -- NAME [--empty]
// Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL that takes the
// migrations to schema.prisma, computed offline by Prisma's wasm schema engine.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema } from "../lib/db/schema-engine";
import { commandLine } from "./command-line";

const root = process.cwd();
const USAGE = "Usage: npm run -s db:migration:create -- NAME [--empty]   (NAME: lowercase letters, digits, _)";
const { values, positionals } = commandLine(USAGE, { empty: { type: "boolean" } }, { min: 1, max: 1 });
const empty = values.empty ?? false;
const name = positionals[0];

if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const migrationsDir = path.join(root, "prisma/migrations");
const sql = empty
  ? "-- Write this migration's SQL here.\n"
  : await diffMigrationsToSchema({
      schemaPath: path.join(root, "prisma/schema.prisma"),
      migrationsDir,
    });
if (!sql) {
  process.stdout.write("schema.prisma and prisma/migrations already agree: no migration created.\n");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(migrationsDir, `${stamp}_${name}`);
await mkdir(folder, { recursive: true });
await writeFile(path.join(folder, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
process.stdout.write(`Created ${path.relative(root, folder)}/migration.sql\n`);
// The wasm engine leaves a timer running; a CLI must not wait ~10 s for it.
process.exit(0);
