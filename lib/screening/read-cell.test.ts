import { describe, expect, it } from "vitest";
import { leafOf, type FactPath } from "@/lib/criteria/facts/catalogue";
import { readCell } from "./read-cell";

const read = (path: FactPath, text: string) => readCell(leafOf(path)!, text);
const value = (path: FactPath, text: string) => {
  const r = read(path, text);
  return r.ok ? r.value : `problem:${r.problem}`;
};

describe("a cell of the screening file", () => {
  it.each(["是", "true", "TRUE", "1", "Y", "y", "yes", "Yes"])("reads %s as yes", (text) => {
    expect(value("titles.highTech", text)).toBe(true);
  });

  it.each(["否", "false", "0", "N", "no"])("reads %s as no", (text) => {
    expect(value("titles.highTech", text)).toBe(false);
  });

  it.each(["", "  ", "不知道", "未知", "Don't know", "unknown"])("reads %j as don't know (null)", (text) => {
    expect(value("titles.highTech", text)).toBeNull();
    expect(value("finance.revenue.y1", text)).toBeNull();
    expect(value("field.sixFoundations", text)).toBeNull();
  });

  it("refuses a yes/no it cannot read", () => {
    expect(value("titles.highTech", "也许")).toBe("problem:yes_no");
  });

  it("reads numbers with separators, full-width digits and their own unit", () => {
    expect(value("finance.revenue.y1", "12,000")).toBe(12000);
    expect(value("finance.revenue.y1", "１２０００")).toBe(12000);
    expect(value("finance.revenue.y1", "1200万元")).toBe(1200);
    expect(value("finance.netProfit.y1", "-50")).toBe(-50);
    expect(value("market.shareDomestic", "15%")).toBe(15);
    expect(value("market.shareDomestic", "3.5")).toBe(3.5);
    expect(value("people.employees", "260人")).toBe(260);
    expect(value("finance.revenue.y1", "一千二")).toBe("problem:number");
    expect(value("finance.revenue.y1", "12 亿")).toBe("problem:number");
  });

  it("leaves ranges to the facts schema (a negative revenue is read, then refused there)", () => {
    expect(value("finance.revenue.y1", "-5")).toBe(-5);
  });

  it("reads an option by its value or its words in either language", () => {
    expect(value("innovation.rdInstitution", "省级")).toBe("provincial");
    expect(value("innovation.rdInstitution", "Provincial")).toBe("provincial");
    expect(value("innovation.rdInstitution", "provincial")).toBe("provincial");
    expect(value("innovation.rdInstitution", "部级")).toBe("problem:option");
    expect(value("management.digitalLevel", "三级")).toBe(3);
    expect(value("management.digitalLevel", "2")).toBe(2);
  });

  it("reads a list separated by 、 ; or , (full-width too), and none", () => {
    expect(value("field.sixFoundations", "核心基础零部件、关键软件")).toEqual(["core-components", "key-software"]);
    expect(value("field.sixFoundations", "核心基础零部件;关键软件")).toEqual(["core-components", "key-software"]);
    expect(value("field.sixFoundations", "core-components, key-software")).toEqual(["core-components", "key-software"]);
    expect(value("field.sixFoundations", "核心基础零部件；关键软件，产业技术基础")).toEqual([
      "core-components",
      "key-software",
      "tech-base",
    ]);
    expect(value("field.sixFoundations", "都不是")).toEqual([]);
    expect(value("field.sixFoundations", "核心基础零部件、火箭")).toBe("problem:options");
  });

  it("reads provinces, industry codes, dates and credit codes as people write them", () => {
    expect(value("company.province", "江苏")).toBe("32");
    expect(value("company.province", "江苏省")).toBe("32");
    expect(value("company.province", "Jiangsu")).toBe("32");
    expect(value("company.province", "320000")).toBe("32");
    expect(value("company.province", "火星")).toBe("火星");
    expect(value("company.industryCode", "c3484 机械化农业及园艺机具制造")).toBe("C3484");
    expect(value("company.foundedOn", "2012/5/18")).toBe("2012-05-18");
    expect(value("company.foundedOn", "2012年5月18日")).toBe("2012-05-18");
    expect(value("company.uscc", " 91350100m000100y43 ")).toBe("91350100M000100Y43");
  });
});
