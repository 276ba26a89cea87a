import { describe, expect, it } from "vitest";
import {
  findIndustriesByName,
  findIndustry,
  industries,
  industryCodeByName,
  industryPath,
  isKnownIndustryPrefix,
  type Industry,
} from "./industries";

const codes = (list: readonly Industry[]) => list.map((item) => item.code);
const ofLevel = (level: Industry["level"]) => industries.filter((item) => item.level === level);

// GB/T 4754-2017: the two-digit divisions each section spans.
const SECTION_SPANS: ReadonlyArray<readonly [string, number, number]> = [
  ["A", 1, 5],
  ["B", 6, 12],
  ["C", 13, 43],
  ["D", 44, 46],
  ["E", 47, 50],
  ["F", 51, 52],
  ["G", 53, 60],
  ["H", 61, 62],
  ["I", 63, 65],
  ["J", 66, 69],
  ["K", 70, 70],
  ["L", 71, 72],
  ["M", 73, 75],
  ["N", 76, 79],
  ["O", 80, 82],
  ["P", 83, 83],
  ["Q", 84, 85],
  ["R", 86, 90],
  ["S", 91, 96],
  ["T", 97, 97],
];

describe("the GB/T 4754-2017 list", () => {
  it("has the 20 sections A–T and the 97 divisions 01–97", () => {
    expect(codes(ofLevel("section"))).toEqual("ABCDEFGHIJKLMNOPQRST".split(""));
    const divisions = ofLevel("division").map((item) => Number(item.code.slice(1)));
    expect(divisions).toEqual(Array.from({ length: 97 }, (_, i) => i + 1));
  });

  it("puts every division under the section that spans it", () => {
    for (const [letter, from, to] of SECTION_SPANS) {
      for (let n = from; n <= to; n++)
        expect(findIndustry(`${letter}${String(n).padStart(2, "0")}`)?.level).toBe("division");
    }
    const boundaries =
      "A05 B06 B12 C13 C43 D44 D46 E47 E50 F51 F52 G53 G60 H61 H62 I63 I65 J66 J69 K70 L71 L72 M73 M75 N76 N79 O80 O82 P83 Q84 Q85 R86 R90 S91 S96 T97";
    for (const expected of boundaries.split(" ")) {
      expect(ofLevel("division").find((item) => item.code.slice(1) === expected.slice(1))?.code).toBe(expected);
    }
  });

  it("has unique codes, listed in code order, each with both names", () => {
    expect(new Set(codes(industries)).size).toBe(industries.length);
    expect(codes(industries)).toEqual([...codes(industries)].sort());
    for (const item of industries) {
      expect(item.zh).toMatch(/\p{Script=Han}/u);
      expect(item.en).toMatch(/^[A-Z][\x20-\x7e]+$/);
    }
  });

  it("lists every group and class under a listed parent of the level above", () => {
    for (const item of [...ofLevel("group"), ...ofLevel("class")]) {
      const parent = findIndustry(item.code.slice(0, item.code.length - 1));
      expect(parent?.level, item.code).toBe(item.level === "group" ? "division" : "group");
    }
  });

  it("covers the manufacturing groups and the real-estate classes the size standard needs", () => {
    expect(ofLevel("group").filter((item) => item.code.startsWith("C"))).toHaveLength(179);
    expect(codes(ofLevel("class"))).toEqual(["K7010", "K7020", "K7030", "K7040", "K7090"]);
    expect(findIndustry("K7010")?.zh).toBe("房地产开发经营");
    expect(findIndustry("K7020")?.zh).toBe("物业管理");
    expect(findIndustry("C34")?.en).toBe("Manufacture of general purpose machinery");
  });
});

describe("findIndustry and industryPath", () => {
  it("finds exact codes only", () => {
    expect(findIndustry("C348")?.zh).toBe("通用零部件制造");
    expect(findIndustry("c348")).toBeUndefined();
    expect(findIndustry("348")).toBeUndefined();
  });

  it("walks section → division → group → class", () => {
    expect(codes(industryPath("K7010"))).toEqual(["K", "K70", "K701", "K7010"]);
    expect(codes(industryPath("C3484"))).toEqual(["C", "C34", "C348"]);
    expect(codes(industryPath("C34"))).toEqual(["C", "C34"]);
    expect(codes(industryPath("A34"))).toEqual(["A"]);
    expect(industryPath("Z12")).toEqual([]);
  });
});

describe("isKnownIndustryPrefix", () => {
  it.each([
    ["C34", true],
    ["C348", true],
    ["C3484", true],
    ["K7010", true],
    ["T97", true],
    ["A34", false],
    ["C", false],
    ["C3", false],
    ["C34841", false],
    ["c34", false],
    ["U97", false],
    ["34", false],
    ["C98", false],
  ])("%s → %s", (code, expected) => {
    expect(isKnownIndustryPrefix(code)).toBe(expected);
  });
});

describe("finding an industry by its name", () => {
  it("finds a code from a name typed in full, in part, or in English", () => {
    expect(findIndustriesByName("稀有稀土金属冶炼")[0]?.code).toBe("C323");
    expect(industryCodeByName("稀有稀土金属冶炼")).toBe("C323");
    expect(industryCodeByName(" 稀有稀土 金属冶炼 ")).toBe("C323");
    expect(codes(findIndustriesByName("稀土"))).toContain("C323");
    expect(findIndustriesByName("Smelting of rare")[0]?.code).toBe("C323");
  });

  it("puts an exact name first, then names starting with it, the most specific first", () => {
    const found = findIndustriesByName("有色金属");
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((i) => i.zh.includes("有色金属"))).toBe(true);
    expect(found.findIndex((i) => i.level === "group")).toBeLessThan(found.findIndex((i) => i.level === "division"));
  });

  it("offers the nearest names for one the list does not hold, and nothing for nonsense", () => {
    const near = findIndustriesByName("锗材料");
    expect(near.length).toBeGreaterThan(0);
    expect(near.every((i) => i.zh.includes("材料"))).toBe(true);
    expect(industryCodeByName("锗材料")).toBeNull();
    expect(findIndustriesByName("xyz")).toEqual([]);
    expect(findIndustriesByName("  ")).toEqual([]);
  });

  it("names a code by itself only when it is listed; an unlisted class shows its group's name apart", () => {
    expect(findIndustry("C3239")).toBeUndefined();
    expect(industryPath("C3239").at(-1)?.code).toBe("C323");
  });
});
