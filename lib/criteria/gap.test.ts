import { describe, expect, it } from "vitest";
import { formatShortfall } from "./format";
import { below, climb, lower, raise, rdSpend } from "./gap";
import { gapResult } from "./output/gap-message";

const zh = (g: Parameters<typeof gapResult>[0], year: number | null = 2026) => gapResult(g, "zh-CN", year).message;
const en = (g: Parameters<typeof gapResult>[0], year: number | null = 2026) => gapResult(g, "en", year).message;

describe("gaps", () => {
  it("turns an intensity shortfall into 万元 of spend", () => {
    const g = rdSpend("y1", 207, 9000, 3, null);
    expect(g).toMatchObject({
      metric: "finance.rdExpense.y1",
      actual: 207,
      required: 270,
      shortfall: 63,
      unit: "万元",
    });
    expect(g && zh(g)).toBe("2025年研发费用需增加 63 万元才能达到 3%");
    expect(g && en(g)).toBe("R&D expenditure in 2025 must rise by 63 万元 to reach 3%");
  });

  it("targets the binding bound when both an amount and an intensity apply", () => {
    expect(rdSpend("y2", 80, 2000, 3, 100)).toMatchObject({ required: 100, target: { value: 100, unit: "万元" } });
    expect(rdSpend("y2", 80, 5000, 3, 100)).toMatchObject({ required: 150, target: { value: 3, unit: "%" } });
    expect(rdSpend("y2", null, 5000, 3, 100)).toBeNull();
  });

  it("phrases each kind in both languages", () => {
    expect(zh(lower("debtRatio", 85, 75, "%"))).toBe("资产负债率需降低 10 个百分点才能不高于 75%");
    expect(en(climb("market.nationalRank", 5, 3))).toBe(
      "Rank in the national niche market must improve by 2 place(s) to reach the top 3",
    );
    expect(zh(climb("market.nationalRank", 5, 3))).toBe("全国细分市场排名需提升 2 位才能进入前 3 名");
    expect(en(below("finance.revenue.y1", 45000, 40000, "万元"))).toBe(
      "Operating revenue in 2025 must be below 40,000 万元 (now 45,000 万元)",
    );
    expect(zh(raise("ip.classOne", 1, 4, "项"))).toBe("Ⅰ类知识产权还需增加 3 项才能达到 4 项");
    expect(en(raise("finance.rdExpense.y2", 50, 100, "万元"), null)).toBe(
      "R&D expenditure the year before last must rise by 50 万元 to reach 100 万元",
    );
    expect(zh(raise("finance.rdExpense.y2", 50, 100, "万元"), null)).toBe(
      "前年度研发费用需增加 50 万元才能达到 100 万元",
    );
  });

  it("never understates a shortfall", () => {
    expect(formatShortfall(63, "zh-CN")).toBe("63");
    expect(formatShortfall(0.001, "zh-CN")).toBe("0.01");
    expect(formatShortfall(62.931, "en")).toBe("62.94");
    expect(formatShortfall(1.1000000000000227, "en")).toBe("1.1");
    expect(formatShortfall(1379.991, "zh-CN")).toBe("1,380");
    expect(raise("x", 4.99524, 5, "%").shortfall).toBe(0.01);
  });
});
