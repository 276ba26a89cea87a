import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { testBackends, type TestBackend } from "@/lib/db/testing/backends";
import { listPage, listVersion } from "./count-enterprises";
import { removeSampleEnterprises } from "./sample-data";
import { firm, insertFirms } from "./testing/firms";
import { insertEnterprises } from "./write-rows";

const everything = { limit: 20 };
const zhejiang = { province: "33", limit: 20 };

/** Two clients stand in for two app servers on PostgreSQL; PGlite serves one process, so one. */
function useTwoServers(backend: TestBackend) {
  const servers = {} as { one: Database; other: Database };
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const created = await backend.createMigrated();
    cleanup = created.cleanup;
    servers.one = await openDatabase(created.database);
    servers.other = created.database.kind === "postgres" ? await openDatabase(created.database) : servers.one;
  });
  afterAll(async () => {
    if (servers.other !== servers.one) await servers.other.close();
    await servers.one.close();
    await cleanup();
  });
  return servers;
}

describe.each(testBackends)("the list page's cache on $name", (backend) => {
  const servers = useTwoServers(backend);

  it("keeps the page and its counts until the list changes through any server", async () => {
    const { one, other } = servers;
    await insertFirms(other, [
      firm("示例甲有限公司", { provinceCode: "33" }),
      firm("示例乙有限公司", { provinceCode: "44" }),
    ]);
    const first = await listPage(one.prisma, everything);
    expect(first.counts.total).toBe(2);
    expect(first.page.items.map((i) => i.name).sort()).toEqual(["示例乙有限公司", "示例甲有限公司"].sort());
    // Cached: the same answer again, for this query only.
    expect(await listPage(one.prisma, everything)).toBe(first);
    const filtered = await listPage(one.prisma, zhejiang);
    expect(filtered.counts.total).toBe(1);
    expect(await listPage(one.prisma, zhejiang)).toBe(filtered);

    // An import through the other server: seen at once.
    const before = await listVersion(one.prisma);
    await insertFirms(other, [firm("示例丙有限公司", { provinceCode: "33", batch: 6 })], true);
    expect(await listVersion(one.prisma)).toBeGreaterThan(before);
    const after = await listPage(one.prisma, everything);
    expect(after).not.toBe(first);
    expect(after.counts).toMatchObject({ total: 3, sample: 1 });
    expect(after.counts.byBatch).toEqual([
      { key: "5", count: 2 },
      { key: "6", count: 1 },
    ]);
    expect((await listPage(one.prisma, zhejiang)).counts.total).toBe(2);

    // Removing the sample firms is a change too.
    await removeSampleEnterprises(other.prisma);
    expect((await listPage(one.prisma, everything)).counts.total).toBe(2);
  });
});

describe.each(testBackends.filter((b) => b.name === "postgres"))("the list version on $name", (backend) => {
  const servers = useTwoServers(backend);

  it("is not seen to change before the import commits", async () => {
    const { one, other } = servers;
    const seen = await listPage(one.prisma, everything);
    const { id } = await other.prisma.enterpriseImport.create({
      data: { fileName: "tx", rowCount: 1, imported: 1, updated: 0 },
      select: { id: true },
    });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted: () => void = () => undefined;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    const importing = other.prisma.$transaction(async (tx) => {
      await insertEnterprises(tx, [firm("示例丁有限公司", { provinceCode: "35" })], id, false);
      inserted();
      await held;
    });
    await insertedYet;
    expect(await listPage(one.prisma, everything)).toBe(seen);
    release();
    await importing;
    expect((await listPage(one.prisma, everything)).counts.total).toBe(seen.counts.total + 1);
  });
});
