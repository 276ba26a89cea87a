// npm run -s db:resolve -- --rolled-back NAME
// Marks a failed migration as rolled back (what `prisma migrate resolve --rolled-back` does), so
// that the fixed migration can be applied again. Opens the database without migrating first:
// migrating is exactly what the failed migration blocks.
import { config } from "../lib/config";
import { markRolledBack } from "../lib/db/migrate";
import { acquirePgliteLock } from "../lib/db/pglite-lock";
import { openPglite, pgConnection, pgliteConnection, type SqlConnection } from "../lib/db/sql";
import { describeStartupError } from "../lib/db/startup-error";
import { commandLine } from "./command-line";

const USAGE = "Usage: npm run -s db:resolve -- --rolled-back MIGRATION_NAME";
const name = commandLine(USAGE, { "rolled-back": { type: "string" } }).values["rolled-back"];
if (!name) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

let sql: SqlConnection;
try {
  const database = config().database;
  if (database.kind === "postgres") {
    sql = await pgConnection(database.url);
  } else {
    acquirePgliteLock(database.dir);
    sql = pgliteConnection(await openPglite(database.dir), true);
  }
} catch (error) {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exit(1);
}
const changed = await markRolledBack(sql, name);
await sql.close();
process.stdout.write(changed ? `Marked ${name} as rolled back.\n` : `No failed migration named ${name}.\n`);
process.exit(changed ? 0 : 1);
