import { describe, expect, it } from "vitest";
import { factLeaves } from "@/lib/criteria";
import { leafOfHeader, mapHeader, templateHeader, templateLeaves } from "./columns";

describe("the template's columns", () => {
  it("are every answer of the catalogue once, the company name first", () => {
    expect(templateLeaves[0]?.path).toBe("company.name");
    expect(templateLeaves.map((l) => l.path).sort()).toEqual(factLeaves.map((l) => l.path).sort());
  });

  it("are headed by the catalogue's Chinese labels with their year and unit", () => {
    const header = (path: string) => templateHeader(templateLeaves.find((l) => l.path === path)!);
    expect(header("finance.revenue.y1")).toBe("上年度营业收入（万元）");
    expect(header("finance.rdExpense.y2")).toBe("前年度研发费用（万元）");
    expect(header("people.employees")).toBe("从业人员数（人）");
    expect(header("company.name")).toBe("企业名称");
    expect(new Set(templateLeaves.map((l) => templateHeader(l))).size).toBe(templateLeaves.length);
  });
});

describe("reading a header", () => {
  it.each([
    ["上年度营业收入（万元）", "finance.revenue.y1"],
    ["上年度营业收入(万元)", "finance.revenue.y1"],
    [" 上年度 营业收入（万元） ", "finance.revenue.y1"],
    ["Operating revenue, last year (万元)", "finance.revenue.y1"],
    ["operating revenue, last year (万元)", "finance.revenue.y1"],
    ["finance.revenue.y1", "finance.revenue.y1"],
    ["Company name", "company.name"],
    ["企业名称", "company.name"],
    ["从业人员数", "people.employees"],
    ["field.sixFoundations", "field.sixFoundations"],
  ])("recognises %s", (heading, path) => {
    expect(leafOfHeader(heading)?.path).toBe(path);
  });

  it("does not guess a year for a yearly figure named without one", () => {
    expect(leafOfHeader("营业收入")).toBeUndefined();
  });

  it("names the headings it ignores and the answers named twice", () => {
    const map = mapHeader(["企业名称", "备注", "finance.revenue.y1", "上年度营业收入（万元）", ""]);
    expect(map.columns.map((c) => c?.path ?? null)).toEqual(["company.name", null, "finance.revenue.y1", null, null]);
    expect(map.unknown).toEqual(["备注"]);
    expect(map.duplicate).toEqual(["上年度营业收入（万元）"]);
  });
});
