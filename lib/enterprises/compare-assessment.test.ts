import { describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { testBackends } from "@/lib/db/testing/backends";
import { setAt } from "@/lib/questionnaire/answers";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { compareAssessment, type Comparison } from "./compare-assessment";
import { MIN_PEERS, widening } from "./peer-scope";
import { percentileOf } from "./percentile";
import { comparisonProduct, productHint, productSimilarity } from "./similarity";
import { firm, insertFirms } from "./testing/firms";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { testUscc } from "./testing/uscc";

describe("comparison helpers", () => {
  it("widens C3484 → C348 → C34 → C", () => expect(widening("C3484")).toEqual(["C3484", "C348", "C34", "C"]));
  it("gives mid-rank percentiles", () => {
    expect(percentileOf(5, [1, 2, 3, 4])).toBe(100);
    expect(percentileOf(0, [1, 2, 3, 4])).toBe(0);
    expect(percentileOf(3, [1, 2, 3, 4])).toBe(63);
    expect(percentileOf(3, [])).toBeNull();
  });
  it("ranks products that share characters", () => {
    expect(productSimilarity("精密轴承", "高速轴承")).toBeGreaterThan(productSimilarity("精密轴承", "工业软件"));
    expect(productSimilarity("精密轴承", "工业软件")).toBe(0);
    expect(productHint("福建省示例精密机械股份有限公司")).toBe("精密机械");
  });
  it("searches for the typed product, else the answered main product, else the company name's hint", () => {
    expect(comparisonProduct(" 五轴数控机床 ", "精密轴承", "示例精密机械有限公司")).toEqual({
      product: "五轴数控机床",
      source: "typed",
    });
    expect(comparisonProduct("  ", " 精密轴承 ", "示例精密机械有限公司")).toEqual({
      product: "精密轴承",
      source: "answered",
    });
    expect(comparisonProduct(undefined, null, "示例精密机械有限公司")).toEqual({ product: "精密机械", source: "name" });
    expect(comparisonProduct(undefined, null, "示例有限公司")).toEqual({ product: "", source: "none" });
  });
});

const compared = (c: Comparison) => {
  if (c.kind !== "compared") throw new Error("expected a comparison");
  return c;
};

// completeAnswers: 福建 (35), C3484, main product 精密机械零部件, revenue 12000 ← 10500, R&D 720,
// main 11400, Class I IP 6. Without the main product, the name 示例精密机械有限公司 says 精密机械.
const unnamedProduct = setAt(completeAnswers, "market.mainProduct", null);
describe.each(testBackends)("compareAssessment on $name", (backend) => {
  const db = useTestDatabase(backend);

  it("says plainly when there are too few peers", async () => {
    await insertFirms(db(), [
      firm("示例福建孤例有限公司", { provinceCode: "35", industryCode: "C3484", mainProduct: "精密机械零部件" }),
    ]);
    const c = compared(await compareAssessment(db().prisma, completeAnswers));
    expect(c.scope).toEqual({ prefix: "C", provinceCode: "35", peers: 1, enough: false });
    expect(c.standings.every((s) => s.percentile === null)).toBe(true);
  });

  it("widens the industry prefix until enough peers, counts them per batch, and ranks the company", async () => {
    const peers = Array.from({ length: MIN_PEERS }, (_, i) =>
      firm(`示例福建同行${i}有限公司`, {
        provinceCode: "35",
        industryCode: i < 3 ? "C3484" : "C3481",
        batch: i < 4 ? 4 : 6,
        mainProduct: i === 0 ? "精密机械零部件" : "紧固件",
        rdIntensity: i + 1,
        revenueGrowth: 10,
        mainBusinessShare: 90,
        classOneIp: i,
      }),
    );
    const elsewhere = [
      firm("示例浙江同行有限公司", { provinceCode: "33", industryCode: "C3484", mainProduct: "精密机械" }),
      firm("示例福建撤销有限公司", { provinceCode: "35", industryCode: "C3484", status: "revoked" }),
    ];
    await insertFirms(db(), [...peers, ...elsewhere]);
    const c = compared(await compareAssessment(db().prisma, unnamedProduct));
    expect(c.scope).toEqual({ prefix: "C348", provinceCode: "35", peers: 11, enough: true });
    expect(c.nationalPeers).toBe(12);
    expect(c.byBatch.filter((b) => b.count > 0)).toEqual([
      { batch: 4, count: 4 },
      { batch: 5, count: 1 },
      { batch: 6, count: 6 },
    ]);
    expect(c.product).toBe("精密机械");
    expect(c.productSource).toBe("name");
    expect(c.similar.map((s) => s.name).slice(0, 3)).toEqual([
      "示例浙江同行有限公司",
      "示例福建同行0有限公司",
      "示例福建孤例有限公司",
    ]);
    expect(c.standings).toEqual([
      { metric: "rdIntensity", value: 6, peers: 10, percentile: 55 },
      { metric: "revenueGrowth", value: 14.29, peers: 10, percentile: 100 },
      { metric: "mainBusinessShare", value: 95, peers: 10, percentile: 100 },
      { metric: "classOneIp", value: 6, peers: 10, percentile: 65 },
    ]);
  });

  it("finds firms with a similar main product from the answered main product, in any province", async () => {
    // A section no other test uses, so that only these firms are candidates.
    const software = setAt(setAt(completeAnswers, "company.industryCode", "I6513"), "market.mainProduct", "工业软件");
    await insertFirms(db(), [
      firm("示例广东甲有限公司", { provinceCode: "44", industryCode: "I6513", mainProduct: "工业软件平台" }),
      firm("示例江苏乙有限公司", { provinceCode: "32", industryCode: "I6513", mainProduct: "嵌入式软件" }),
      firm("示例浙江丙有限公司", { provinceCode: "33", industryCode: "I6513", mainProduct: "物联网系统" }),
    ]);
    const answered = compared(await compareAssessment(db().prisma, software));
    expect(answered.product).toBe("工业软件");
    expect(answered.productSource).toBe("answered");
    expect(answered.similar.map((s) => s.name)).toEqual(["示例广东甲有限公司", "示例江苏乙有限公司"]);
    // Without the answer, the company's name (示例精密机械有限公司) says 精密机械: no software firm.
    const guessed = compared(await compareAssessment(db().prisma, setAt(software, "market.mainProduct", null)));
    expect(guessed.productSource).toBe("name");
    expect(guessed.similar).toEqual([]);
  });

  it("takes figures from assessments an admin marked designated, once per firm", async () => {
    const answers = setAt(setAt(completeAnswers, "ip.classOne", 100), "company.uscc", testUscc(900));
    await insertFirms(db(), [
      firm("示例福建已标记有限公司", { provinceCode: "35", industryCode: "C3484", uscc: testUscc(900), classOneIp: 0 }),
    ]);
    await db().prisma.assessment.create({
      data: {
        reference: "ZJ-TEST01",
        tokenHash: "t1",
        rulesetId: "miit-2026",
        answers: answers as Prisma.InputJsonObject,
        status: "submitted",
        designatedBatch: 6,
        designatedYear: 2024,
        province: "35",
        industryCode: "C3484",
      },
    });
    const c = compared(await compareAssessment(db().prisma, completeAnswers));
    const ip = c.standings.find((s) => s.metric === "classOneIp")!;
    // Ten imported peers with figures, the marked firm's import replaced by its assessment (100 IP).
    expect(ip.peers).toBe(11);
    expect(ip.percentile).toBe(59);
  });

  it("needs a province and an industry", async () => {
    expect((await compareAssessment(db().prisma, setAt(completeAnswers, "company.province", null))).kind).toBe(
      "missing_facts",
    );
  });
});
