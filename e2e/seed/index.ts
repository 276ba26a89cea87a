// Seeds the database the browser tests' server will use, before it starts (the server then holds
// the embedded database, so tests cannot write to it themselves). Each area adds a file
// e2e/seed/<area>.seed.ts whose default export receives the open database.
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Database } from "../../lib/db/open-database";
import { withDatabase } from "../../lib/db/with-database";

type Seed = (db: Database) => Promise<void>;

const dir = path.dirname(new URL(import.meta.url).pathname);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".seed.ts"))
  .sort();
await withDatabase(async (db) => {
  for (const file of files) {
    const seed = (await import(pathToFileURL(path.join(dir, file)).href)).default as Seed;
    await seed(db);
  }
});
process.exit(0);
