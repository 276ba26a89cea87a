// Test fixture, run as its own process: `insert REF` opens the configured database, commits one
// assessment row, prints "ready" and holds the database until killed; `count REF` prints how many
// rows carry that reference and exits.
import { randomBytes } from "node:crypto";
import { withDatabase } from "../with-database";

const [mode, reference] = process.argv.slice(2);
if (!reference || (mode !== "insert" && mode !== "count")) {
  process.stderr.write("usage: hold-database.ts insert|count REFERENCE\n");
  process.exit(2);
}

if (mode === "count") {
  await withDatabase(async (db) => {
    process.stdout.write(`${await db.prisma.assessment.count({ where: { reference } })}\n`);
  });
  process.exit(0);
}

await withDatabase(async (db) => {
  await db.prisma.assessment.create({
    data: { reference, tokenHash: randomBytes(32).toString("hex"), rulesetId: "miit-2026" },
  });
  process.stdout.write("ready\n");
  await new Promise(() => undefined); // hold the lock until killed
});
