import { describe, expect, it } from "vitest";
import { formatShortfall, localNumber } from "./format";
import { baseFacts } from "./cases/base";
import { patch } from "./cases/types";
import { evaluate } from "./evaluate";
import type { Facts } from "./facts/schema";
import { valueLabel, valueUnit } from "./names";
import { formatValue } from "./working";

const facts = (over: unknown) => patch<Facts>(baseFacts, over);

describe("numbers as the report writes them", () => {
  it("groups thousands and drops trailing zeros, keeping up to 2 decimals", () => {
    expect(localNumber(1380, "zh-CN")).toBe("1,380");
    expect(localNumber(1380.0, "en")).toBe("1,380");
    expect(localNumber(60, "zh-CN")).toBe("60");
    expect(localNumber(2.5, "zh-CN")).toBe("2.5");
    expect(localNumber(12345.678, "en")).toBe("12,345.68");
    expect(localNumber(-0.001, "en")).toBe("0");
    expect(formatShortfall(1379.991, "zh-CN")).toBe("1,380");
    expect(formatShortfall(60, "en")).toBe("60");
  });
});

describe("figures in English", () => {
  it("carry English units (万元 aside) and % on shares", () => {
    const f = facts({ market: { shareDomestic: 33 } });
    const texts: string[] = [];
    for (const ruleset of ["miit-2026", "miit-2022", "miit-2020", "miit-2018"] as const)
      for (const t of evaluate(f, { ruleset, locale: "en" }).tiers)
        for (const c of t.criteria)
          for (const [name, v] of Object.entries(c.values))
            texts.push(`${valueLabel(name, "en", 2026)} ${formatValue(v, valueUnit(name), "en", "unknown")}`);
    expect(texts).toContain("Share of the national niche market 33%");
    expect(texts).toContain("Employees 260 people");
    expect(texts.filter((x) => /[\u3400-\u9fff]/.test(x.replaceAll("万元", "")))).toEqual([]);
    expect(formatValue(6, "项", "en", "unknown")).toBe("6 items");
    expect(formatValue(1380, "万元", "zh-CN", "未知")).toBe("1,380 万元");
  });
});
