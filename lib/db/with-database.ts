// For command-line entry points: open the configured database (applying pending migrations, as
// every entry point must), run, close, and turn known failures into a clear message and exit code.
import { config } from "../config";
import { openDatabase, type Database } from "./open-database";
import { describeStartupError } from "./startup-error";

export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  let db: Database;
  try {
    db = await openDatabase(config().database);
  } catch (error) {
    process.stderr.write(`${describeStartupError(error)}\n`);
    process.exit(1);
  }
  for (const warning of db.migration.warnings) process.stderr.write(`warning: ${warning}\n`);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
