import { describe, expect, it } from "vitest";
import { openDatabase } from "./open-database";
import { ping } from "./ping";
import { pgConnection } from "./sql";
import { testBackends } from "./testing/backends";

describe.each(testBackends)("the database on $name", (backend) => {
  it("is migrated on open and serves Prisma queries; the health ping follows it", async () => {
    const { database, cleanup } = await backend.create();
    try {
      const db = await openDatabase(database);
      expect(db.kind).toBe(database.kind);
      expect(db.migration.applied.length).toBeGreaterThan(0);

      const created = await db.prisma.assessment.create({
        data: {
          reference: "ZJ-TEST01",
          tokenHash: "a".repeat(64),
          rulesetId: "miit-2026",
          answers: { company: { name: "示例科技" } },
        },
      });
      const found = await db.prisma.assessment.findUniqueOrThrow({ where: { reference: "ZJ-TEST01" } });
      expect(found).toMatchObject({
        id: created.id,
        status: "draft",
        version: 1,
        answers: { company: { name: "示例科技" } },
      });
      expect(await ping((fn) => db.withSql(fn))).toBe(true);

      await db.close();
      const reopened = await openDatabase(database);
      expect(reopened.migration.applied).toEqual([]);
      expect(await reopened.prisma.assessment.count()).toBe(1);
      await reopened.close();
      if (database.kind === "pglite") expect(await ping((fn) => reopened.withSql(fn))).toBe(false);
    } finally {
      await cleanup();
    }
  });
});

describe("the health ping", () => {
  it("reports a PostgreSQL server that does not answer as unavailable", async () => {
    expect(await ping(async (fn) => fn(await pgConnection("postgresql://nobody@127.0.0.1:1/none")))).toBe(false);
  });
});
