import { describe, expect, it } from "vitest";
import { headerField, isHeaderRow, mapHeaders } from "./headers";

describe("header names", () => {
  it.each([
    ["序号", "seq"],
    [" 序 号 ", "seq"],
    ["省份", "province"],
    ["省（区、市）", "province"],
    ["省(区、市)", "province"],
    ["省 （自治区、直辖市）", "province"],
    ["地区", "province"],
    ["企业名称", "name"],
    ["企 业 名 称", "name"],
    ["\u3000企业名称\u3000", "name"],
    ["统一社会信用代码", "uscc"],
    ["所属行业", "industry"],
    ["主导产品", "mainProduct"],
    ["地市", "city"],
    ["批次", "batch"],
    ["营业收入（万元）", "revenue"],
    ["研发投入强度(%)", "rdIntensity"],
    ["一类知识产权（项）", "classOneIp"],
  ])("%j → %s", (header, field) => {
    expect(headerField(header)).toBe(field);
  });

  it("ignores headers it does not know", () => {
    expect(headerField("备注")).toBeUndefined();
  });

  it("finds the columns of a header row, and tells a title row from it", () => {
    const map = mapHeaders(["序号", "省（区、市）", "企业名称", "备注"]);
    expect(map).toEqual({ seq: 0, province: 1, name: 2 });
    expect(isHeaderRow(map)).toBe(true);
    expect(isHeaderRow(mapHeaders(["第五批专精特新“小巨人”企业名单"]))).toBe(false);
  });
});
