import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "./schema-engine";

const schemaPath = path.resolve("prisma/schema.prisma");
const migrationsDir = path.resolve("prisma/migrations");

describe("schema.prisma and prisma/migrations", () => {
  it("agree: no drift (run `npm run db:migration:create -- NAME` after editing the schema)", async () => {
    expect(await diffMigrationsToSchema({ schemaPath, migrationsDir })).toBe("");
  });

  it("disagree when the schema gains a model the migrations lack (the wasm engine still works)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "zjtx-schema-"));
    try {
      const changed = path.join(dir, "schema.prisma");
      await writeFile(changed, `${await readFile(schemaPath, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`);
      const sql = await diffMigrationsToSchema({ schemaPath: changed, migrationsDir });
      expect(sql).toContain(`CREATE TABLE "DriftProbe"`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
