// Vitest's global setup: migrate one embedded database for the whole run, which each test's
// `createMigrated()` then copies (backends.ts). Every new PGlite otherwise spends seconds on its
// initdb and on the migrations, once per describe block and backend: minutes of a CI run.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../open-database";
import { PGLITE_TEMPLATE_ENV } from "./backends";

export default async function setup(): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), "zjtx-pglite-template-"));
  const dir = path.join(root, "db");
  const db = await openDatabase({ kind: "pglite", dir });
  await db.close();
  // The test files run in child processes started after this, which inherit the environment.
  process.env[PGLITE_TEMPLATE_ENV] = dir;
  return () => rm(root, { recursive: true, force: true });
}
