import { describe, expect, it } from "vitest";
import { parseBatch, parseIndustry, parseNumber, parseStatus, parseYear } from "./fields";

const value = <T>(v: T | null) => ({ ok: true, value: v });
const error = (code: string) => ({ ok: false, code });

describe("cell parsers", () => {
  it.each([
    ["5", value(5)],
    ["第五批", value(5)],
    ["第 3 批", value(3)],
    ["八", value(8)],
    ["", value(null)],
    ["9", error("batch")],
    ["0", error("batch")],
    ["第十批", error("batch")],
  ])("batch %j", (text, expected) => expect(parseBatch(text)).toEqual(expected));

  it.each([
    ["2023", value(2023)],
    ["2023年", value(2023)],
    ["2018", error("year")],
    ["23", error("year")],
  ])("year %j", (text, expected) => expect(parseYear(text)).toEqual(expected));

  it.each([
    ["1,234.5", {}, value(1234.5)],
    ["12.5%", {}, value(12.5)],
    ["-4", {}, value(-4)],
    ["-4", { min: 0 }, error("negative")],
    ["3.5", { integer: true }, error("integer")],
    ["abc", {}, error("number")],
    ["/", {}, value(null)],
  ])("number %j %j", (text, options, expected) => expect(parseNumber(text, options)).toEqual(expected));

  it.each([
    ["有效", value("active")],
    ["撤销", value("revoked")],
    ["过期", value("expired")],
    ["Expired", value("expired")],
    ["也许", error("status")],
  ])("status %j", (text, expected) => expect(parseStatus(text)).toEqual(expected));

  it.each([
    ["C3484", value("C3484")],
    ["c 3484", value("C3484")],
    ["3484", value("C3484")],
    ["34", value("C34")],
    ["C34 通用设备制造业", value("C34")],
    ["通用设备制造业（C34）", value("C34")],
    ["通用设备制造业", value("C34")],
    ["C", value("C")],
    ["新一代信息技术", value(null)],
    ["A34", error("industry")],
    ["99", error("industry")],
  ])("industry %j", (text, expected) => expect(parseIndustry(text)).toEqual(expected));
});
