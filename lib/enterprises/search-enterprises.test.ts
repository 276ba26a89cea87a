import { describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { countEnterprises } from "./count-enterprises";
import { parseEnterpriseQuery, type EnterpriseQuery } from "./query";
import { searchEnterprises } from "./search-enterprises";
import { firm, insertFirms } from "./testing/firms";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";

const query = (text: string): EnterpriseQuery => {
  const parsed = parseEnterpriseQuery(new URLSearchParams(text));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.query;
};

const firms = [
  firm("示例杭州轴承有限公司", { provinceCode: "33", batch: 3, industryCode: "C3451", mainProduct: "精密轴承" }),
  firm("示例宁波齿轮有限公司", {
    provinceCode: "33",
    city: "宁波市",
    batch: 5,
    industryCode: "C345",
    mainProduct: "行星减速机",
  }),
  firm("示例苏州芯片有限公司", { provinceCode: "32", batch: 5, industryCode: "C3973", mainProduct: "功率半导体器件" }),
  firm("示例深圳软件有限公司", { provinceCode: "44", batch: 6, industryCode: "I6513", mainProduct: "工业软件" }),
  firm("示例广州百分号%有限公司", { provinceCode: "44", batch: 6, industryCode: null, mainProduct: null }),
  firm("示例厦门光电有限公司", { provinceCode: "35", batch: 7, industryCode: "C3976", mainProduct: "LED 驱动芯片" }),
  ...Array.from({ length: 45 }, (_, i) =>
    firm(`示例分页${String(i).padStart(2, "0")}有限公司`, {
      provinceCode: "37",
      batch: 4,
      industryCode: "C344",
      mainProduct: "阀门",
    }),
  ),
];

describe.each(testBackends)("searchEnterprises and countEnterprises on $name", (backend) => {
  const db = useTestDatabase(backend);
  const search = async (text: string) => searchEnterprises(db().prisma, query(text));
  const names = async (text: string) => (await search(text)).items.map((i) => i.name);

  it("filters by province, batch and GB/T 4754 prefix", async () => {
    await insertFirms(db(), firms);
    expect(await names("province=33")).toEqual(["示例宁波齿轮有限公司", "示例杭州轴承有限公司"].sort());
    expect(await names("batch=5")).toEqual(["示例宁波齿轮有限公司", "示例苏州芯片有限公司"].sort());
    expect(await names("industry=C345")).toEqual(["示例宁波齿轮有限公司", "示例杭州轴承有限公司"].sort());
    expect(await names("industry=C3451")).toEqual(["示例杭州轴承有限公司"]);
    expect(await names("industry=39")).toEqual(["示例厦门光电有限公司", "示例苏州芯片有限公司"].sort());
    expect((await search("industry=C")).total).toBe(49);
    expect((await search("industry=C3")).total).toBe(49);
    expect(await names("province=33&batch=3&industry=C34")).toEqual(["示例杭州轴承有限公司"]);
  });

  it("matches part of the name or of the main product, taking % literally", async () => {
    expect(await names("q=软件")).toEqual(["示例深圳软件有限公司"]);
    expect(await names("q=减速")).toEqual(["示例宁波齿轮有限公司"]);
    expect(await names("q=%25")).toEqual(["示例广州百分号%有限公司"]);
    expect(await names("q=led")).toEqual(["示例厦门光电有限公司"]);
    expect(await names("q=ＬＥＤ 驱")).toEqual(["示例厦门光电有限公司"]);
    expect(await search("q=不存在")).toEqual({ total: 0, items: [], nextCursor: null });
  });

  it("pages with a keyset cursor: every firm once, in order, and the total each time", async () => {
    const seen: string[] = [];
    let cursor = "";
    for (let page = 0; page < 10; page++) {
      const result = await search(`province=37&limit=20${cursor ? `&cursor=${cursor}` : ""}`);
      expect(result.total).toBe(45);
      seen.push(...result.items.map((i) => i.name));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    expect(seen).toEqual(firms.filter((f) => f.provinceCode === "37").map((f) => f.name));
  });

  it("refuses bad parameters", () => {
    for (const bad of [
      "province=99",
      "batch=9",
      "industry=Z9",
      "industry=A34",
      "industry=通用",
      "limit=0",
      "limit=101",
      "cursor=nope",
    ]) {
      expect(parseEnterpriseQuery(new URLSearchParams(bad)).ok).toBe(false);
    }
  });

  it("counts by province, batch and division, each facet under the other filters", async () => {
    const counts = await countEnterprises(db().prisma, { batch: 5 });
    expect(counts.total).toBe(2);
    expect(counts.byProvince).toEqual([
      { key: "32", count: 1 },
      { key: "33", count: 1 },
    ]);
    expect(counts.byBatch).toEqual([
      { key: "3", count: 1 },
      { key: "4", count: 45 },
      { key: "5", count: 2 },
      { key: "6", count: 2 },
      { key: "7", count: 1 },
    ]);
    expect(counts.byIndustry).toEqual([
      { key: "C34", count: 1 },
      { key: "C39", count: 1 },
    ]);
    expect(counts.sample).toBe(0);
    const all = await countEnterprises(db().prisma, {});
    expect(all.byIndustry).toEqual([
      { key: "C34", count: 47 },
      { key: "C39", count: 2 },
      { key: "", count: 1 },
      { key: "I65", count: 1 },
    ]);
  });
});
