import { describe, expect, it } from "vitest";
import { answerNumber as formatNumber } from "@/lib/criteria/facts/words";
import { parseNumberText } from "./number-text";

describe("number text", () => {
  it.each([
    ["", undefined],
    ["  ", undefined],
    ["12,345.6", 12345.6],
    ["１２，３４５．６", 12345.6],
    ["-300", -300],
    ["300万元", 300],
    ["12.5%", 12.5],
    [".5", 0.5],
    ["1e5", "1e5"],
    ["abc", "abc"],
    ["12-3", "12-3"],
  ])("reads %j as %j", (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it("groups thousands for money only", () => {
    expect(formatNumber(1234567.25, true)).toBe("1,234,567.25");
    expect(formatNumber(1234567.25, false)).toBe("1234567.25");
  });
});
