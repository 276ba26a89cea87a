import { describe, expect, it } from "vitest";
import { testBackends } from "@/lib/db/testing/backends";
import { BATCHES } from "./batches";
import { loadSampleOnFirstStart, removeSampleEnterprises } from "./sample-data";
import { generateSampleEnterprises, SAMPLE_SCALE } from "./sample-generator";
import { firm, insertFirms } from "./testing/firms";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { isKnownIndustryPrefix } from "@/lib/questionnaire/industries";

describe("generateSampleEnterprises", () => {
  const firms = generateSampleEnterprises();

  it("is deterministic, labelled 示例, without credit codes, and unique by name and province", () => {
    expect(generateSampleEnterprises()).toEqual(firms);
    expect(generateSampleEnterprises(1)).not.toEqual(firms);
    expect(firms.every((f) => f.name.startsWith("示例") && f.uscc === null)).toBe(true);
    expect(new Set(firms.map((f) => `${f.nameKey}|${f.provinceCode}`)).size).toBe(firms.length);
  });

  it("keeps the batches' proportions and uses real industry codes", () => {
    for (const b of BATCHES) {
      expect(firms.filter((f) => f.batch === b.batch)).toHaveLength(
        Math.round((b.final ?? b.announced ?? 0) / SAMPLE_SCALE),
      );
    }
    expect(firms.every((f) => f.industryCode !== null && isKnownIndustryPrefix(f.industryCode))).toBe(true);
  });
});

describe.each(testBackends)("sample data on $name", (backend) => {
  const db = useTestDatabase(backend);

  it("loads on the first start only, is removable in one go, and stays removed", async () => {
    const first = await loadSampleOnFirstStart(db().prisma);
    expect(first.loaded).toBe(generateSampleEnterprises().length);
    expect(await db().prisma.designatedEnterprise.count({ where: { isSample: true } })).toBe(first.loaded);
    expect(await loadSampleOnFirstStart(db().prisma)).toEqual({ loaded: 0 });

    await insertFirms(db(), [firm("真实企业有限公司")]);
    expect(await removeSampleEnterprises(db().prisma)).toEqual({ removed: first.loaded });
    expect(await db().prisma.designatedEnterprise.findMany({ select: { name: true } })).toEqual([
      { name: "真实企业有限公司" },
    ]);

    await db().prisma.designatedEnterprise.deleteMany();
    expect(await loadSampleOnFirstStart(db().prisma)).toEqual({ loaded: 0 });
  });
});
