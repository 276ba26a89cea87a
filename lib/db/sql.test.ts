import { describe, expect, it } from "vitest";
import { openDatabase } from "./open-database";
import { testBackends } from "./testing/backends";

// SqlConnection.run: a named statement prepared once per connection (lib/db/sql.ts).

const SET_NAME = `UPDATE "assessment" SET "company_name" = $1, "updated_at" = $2::timestamptz WHERE "reference" = $3`;

describe.each(testBackends)("prepared statements on $name", (backend) => {
  it("run again and again with new values, count the rows, survive an error, and never run inside another's transaction", async () => {
    const { database, cleanup } = await backend.create();
    const db = await openDatabase(database);
    try {
      const base = { tokenHash: "", rulesetId: "miit-2026", answers: {} };
      for (const reference of ["ZJ-RUN001", "ZJ-RUN002"])
        await db.prisma.assessment.create({ data: { ...base, reference, tokenHash: reference.padEnd(64, "0") } });

      for (const [i, name] of ["甲公司", "乙公司", null].entries())
        expect(await db.sql.run("set_name", SET_NAME, [name, new Date(Date.UTC(2026, 0, i + 1)), "ZJ-RUN001"])).toBe(1);
      expect(await db.sql.run("set_name", SET_NAME, ["无", new Date(), "ZJ-NONE"])).toBe(0);
      const one = await db.prisma.assessment.findUniqueOrThrow({ where: { reference: "ZJ-RUN001" } });
      expect(one.companyName).toBeNull();
      expect(one.updatedAt.toISOString()).toBe("2026-01-03T00:00:00.000Z");

      // A value the statement refuses: the error comes back, and the connection goes on.
      await expect(db.sql.run("set_name", SET_NAME, ["x", "not a date", "ZJ-RUN001"])).rejects.toThrow(/timestamp/i);
      expect(await db.sql.run("set_name", SET_NAME, ["丙公司", new Date(), "ZJ-RUN002"])).toBe(1);
      expect(await db.sql.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
      await expect(db.sql.run("set_name", `${SET_NAME} AND true`, ["x", new Date(), "ZJ-RUN002"])).rejects.toThrow();

      // Started while a transaction is open, it waits for its end: the rollback leaves it alone.
      let ran!: Promise<number>;
      await expect(
        db.prisma.$transaction(async (tx) => {
          await tx.assessment.update({ where: { reference: "ZJ-RUN001" }, data: { companyName: "回滚" } });
          ran = db.sql.run("set_name", SET_NAME, ["丁公司", new Date(), "ZJ-RUN002"]);
          // Time for the statement to slip in, were it not held: more of the transaction's own work.
          for (let i = 0; i < 3; i++) await tx.assessment.count();
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      expect(await ran).toBe(1);
      const after = await db.prisma.assessment.findMany({
        orderBy: { reference: "asc" },
        select: { companyName: true },
      });
      expect(after.map((a) => a.companyName)).toEqual([null, "丁公司"]);
    } finally {
      await db.close();
      await cleanup();
    }
  });
});
