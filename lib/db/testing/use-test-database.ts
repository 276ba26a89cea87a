import { afterAll, beforeAll } from "vitest";
import { openDatabase, type Database } from "@/lib/db/open-database";
import type { TestBackend } from "@/lib/db/testing/backends";

/** A fresh database on `backend` for the tests of one describe block; the getter is valid inside tests. */
export function useTestDatabase(backend: TestBackend): () => Database {
  let db: Database | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const created = await backend.createMigrated();
    cleanup = created.cleanup;
    db = await openDatabase(created.database);
  });
  afterAll(async () => {
    await db?.close();
    await cleanup?.();
  });
  return () => db!;
}
