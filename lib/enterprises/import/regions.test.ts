import { describe, expect, it } from "vitest";
import { parseRegion, resolveRegion } from "./regions";

describe("parseRegion", () => {
  it.each([
    ["浙江省", "33", null],
    ["浙江", "33", null],
    [" 北京 市 ", "11", null],
    ["内蒙古自治区", "15", null],
    ["内蒙古", "15", null],
    ["广西壮族自治区", "45", null],
    ["广西", "45", null],
    ["宁夏", "64", null],
    ["新疆维吾尔自治区", "65", null],
    ["新疆", "65", null],
    ["西藏", "54", null],
    ["Zhejiang", "33", null],
    ["44", "44", null],
    ["大连", "21", "大连市"],
    ["大连市", "21", "大连市"],
    ["青岛", "37", "青岛市"],
    ["宁波市", "33", "宁波市"],
    ["厦门", "35", "厦门市"],
    ["深圳市", "44", "深圳市"],
    ["新疆生产建设兵团", "65", "新疆生产建设兵团"],
    ["兵团", "65", "新疆生产建设兵团"],
  ])("%s → %s (city %s)", (text, provinceCode, city) => {
    expect(parseRegion(text)).toEqual({ provinceCode, city });
  });

  it.each(["", "火星", "香港", "99", "浙"])("%j is no province", (text) => {
    expect(parseRegion(text)).toBeNull();
  });
});

describe("resolveRegion", () => {
  it("keeps the city column as written", () => {
    expect(resolveRegion("浙江省", " 杭州市 ")).toEqual({ provinceCode: "33", city: "杭州市" });
  });
  it("spells a plan city in the city column the canonical way", () => {
    expect(resolveRegion("辽宁", "大连")).toEqual({ provinceCode: "21", city: "大连市" });
  });
  it("lets a plan city in the province column win over the city column", () => {
    expect(resolveRegion("深圳", "南山区")).toEqual({ provinceCode: "44", city: "深圳市" });
  });
});
