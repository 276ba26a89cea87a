// npm run -s db:migrate — apply pending migrations to the configured database and exit.
import { withDatabase } from "../lib/db/with-database";

await withDatabase(async (db) => {
  const { applied } = db.migration;
  process.stdout.write(
    applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}\n` : "Database is up to date.\n",
  );
});
process.exit(0);
