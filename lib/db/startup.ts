import "server-only";
import { getDatabase } from "./client";
import { describeStartupError } from "./startup-error";

export async function startServerDatabase(): Promise<void> {
  try {
    const db = await getDatabase();
    for (const warning of db.migration.warnings) process.stderr.write(`warning: ${warning}\n`);
    if (db.migration.applied.length > 0) {
      process.stdout.write(`Applied migrations: ${db.migration.applied.join(", ")}\n`);
    }
  } catch (error) {
    process.stderr.write(`${describeStartupError(error)}\n`);
    process.exit(1);
  }
}
