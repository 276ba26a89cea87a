import { createServer } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { route } from "@/lib/http/route";
import { outageResponse } from "@/lib/http/outage";
import { PrismaClient } from "./generated/client";
import {
  databaseSeemsDown,
  isDatabaseUnavailable,
  observeAdapter,
  observeConnection,
  recordDatabaseSuccess,
  setDatabaseRecheck,
} from "./outage";
import pg from "pg";
import { pgPoolConnection } from "./sql";
import { testBackends } from "./testing/backends";
import { useTestDatabase } from "./testing/use-test-database";

/** A local port with nothing listening: a connection to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function refusedClient() {
  const url = `postgresql://postgres@127.0.0.1:${await closedPort()}/postgres`;
  return new PrismaClient({ adapter: observeAdapter(new PrismaPg({ connectionString: url })) });
}

async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("a database that cannot be reached", () => {
  it("is told apart from a query's own error, through Prisma's wrapping", async () => {
    const prisma = await refusedClient();
    try {
      const viaModel = await errorOf(() => prisma.assessment.count());
      const viaRaw = await errorOf(() => prisma.$queryRaw`SELECT 1`);
      const viaTransaction = await errorOf(() => prisma.$transaction([prisma.assessment.count()]));
      for (const error of [viaModel, viaRaw, viaTransaction]) expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await prisma.$disconnect();
    }
    const terminated = Object.assign(new Error("terminating connection due to administrator command"), {
      code: "57P01",
    });
    expect(isDatabaseUnavailable(terminated)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });

  it("answers 503 database_unavailable through the route wrapper, in the reader's language", async () => {
    const prisma = await refusedClient();
    try {
      const GET = route("GET /test", async () => Response.json({ count: await prisma.assessment.count() }));
      const zh = await GET(new Request("http://localhost/api/test"));
      expect(zh.status).toBe(503);
      expect(zh.headers.get("retry-after")).toBe("30");
      expect(await zh.json()).toEqual({ error: "database_unavailable", message: expect.stringContaining("数据库") });
      const en = await GET(new Request("http://localhost/api/test?lang=en"));
      expect(await en.json()).toMatchObject({
        error: "database_unavailable",
        message: expect.stringContaining("database"),
      });
      // Anything else is still a 500 with the logged id.
      const broken = route("GET /broken", async () => {
        throw new Error("boom");
      });
      expect((await broken(new Request("http://localhost/api/broken"))).status).toBe(500);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("marks the database down on a refused query; pages answer 503 until a ping or query succeeds", async () => {
    recordDatabaseSuccess();
    const page = () =>
      outageResponse(new Request("http://localhost/enterprises", { headers: { cookie: "NEXT_LOCALE=en" } }));
    expect(await page()).toBeUndefined();
    let answers = false;
    let pings = 0;
    setDatabaseRecheck(async () => {
      pings++;
      return answers;
    });
    const prisma = await refusedClient();
    try {
      await errorOf(() => prisma.assessment.count());
    } finally {
      await prisma.$disconnect();
    }
    const down = await page();
    expect(down?.status).toBe(503);
    expect(down?.headers.get("content-type")).toContain("text/html");
    const html = await down!.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Temporarily unavailable");
    // The API's route handlers and Next's assets are not the proxy's to answer.
    expect(await outageResponse(new Request("http://localhost/api/v1/enterprises"))).toBeUndefined();
    expect(await outageResponse(new Request("http://localhost/_next/static/x.js"))).toBeUndefined();

    // Pinged at most once a second while down (the clock is injected), and up again once it answers.
    const t0 = Date.now() + 60_000; // later than the page requests above, which pinged at the real time
    expect(await databaseSeemsDown(t0)).toBe(true);
    const afterFirst = pings;
    expect(await databaseSeemsDown(t0 + 500)).toBe(true);
    expect(pings).toBe(afterFirst);
    answers = true;
    expect(await databaseSeemsDown(t0 + 1000)).toBe(false);
    expect(pings).toBe(afterFirst + 1);
    expect(await page()).toBeUndefined();
  });
});

describe.each(testBackends)("the outage mark on $name", (backend) => {
  const db = useTestDatabase(backend);

  it("is cleared by a query of the app's own client that succeeds", async () => {
    const prisma = await refusedClient();
    try {
      await errorOf(() => prisma.assessment.count());
    } finally {
      await prisma.$disconnect();
    }
    setDatabaseRecheck(async () => false);
    expect(await databaseSeemsDown(0, Number.POSITIVE_INFINITY)).toBe(true);
    await db().prisma.assessment.count();
    expect(await databaseSeemsDown()).toBe(false);
  });

  it("is set and cleared by the plain statements of the app's own connection too (the autosave's write)", async () => {
    const pool = new pg.Pool({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/postgres` });
    try {
      const refused = await errorOf(() => observeConnection(pgPoolConnection(pool)).query("SELECT 1"));
      expect(isDatabaseUnavailable(refused)).toBe(true);
    } finally {
      await pool.end();
    }
    setDatabaseRecheck(async () => false);
    expect(await databaseSeemsDown(0, Number.POSITIVE_INFINITY)).toBe(true);
    expect(await db().sql.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    expect(await databaseSeemsDown()).toBe(false);
  });
});
