import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password policy", () => {
  it.each([
    ["short1!", "too_short"],
    ["abcdefghijklmnop", "one_class"],
    ["1234567890123456", "one_class"],
    ["Password1234", "common"],
    ["QWERTYUIOP12", "common"],
    ["wang.reviewer-2026", "contains_email"],
    ["x".repeat(200) + "Y".repeat(57), "too_long"],
  ])("refuses %s (%s)", (password, problem) => {
    expect(passwordProblem(password, "wang.reviewer@example.gov.cn")).toBe(problem);
  });

  it("accepts a long password of two kinds, counting characters not bytes", () => {
    expect(passwordProblem("correct horse battery staple", "a@b.cn")).toBeNull();
    expect(passwordProblem("专精特新小巨人审核2026", "a@b.cn")).toBeNull();
    expect(passwordProblem("专精特新小巨人", "a@b.cn")).toBe("too_short");
  });
});
