import { describe, expect, it } from "vitest";
import { USCC_ALPHABET, usccCheckChar, usccProblem } from "./uscc";

// Published codes of well-known firms (business licences are public) and the GB 32100-2015 sample.
const REAL = [
  "914403001922038216",
  "91440300708461136T",
  "91330100716105852F",
  "91110000802100433B",
  "91350100M000100Y43",
];

describe("USCC check character (GB 32100-2015)", () => {
  it.each(REAL)("accepts %s", (code) => {
    expect(usccProblem(code)).toBeNull();
  });

  it("computes the check character of the first 17", () => {
    expect(usccCheckChar("91440300708461136")).toBe("T");
    expect(usccCheckChar("91440300192203821")).toBe("6");
    expect(usccCheckChar("9144030019220382")).toBeNull();
  });

  it.each(REAL)("rejects every other check character for %s", (code) => {
    for (const c of USCC_ALPHABET) {
      if (c === code.charAt(17)) continue;
      expect(usccProblem(code.slice(0, 17) + c)).toBe("check_digit");
    }
  });

  it("rejects a single-character corruption of the body", () => {
    const code = "914403001922038216";
    let caught = 0;
    for (let i = 0; i < 17; i++) {
      const swapped = code.charAt(i) === "1" ? "2" : "1";
      if (usccProblem(code.slice(0, i) + swapped + code.slice(i + 1)) === "check_digit") caught++;
    }
    expect(caught).toBe(17);
  });

  it.each([
    ["", "format"],
    ["91440300708461136", "format"],
    ["91440300708461136TT", "format"],
    ["91440300708461136t", "format"],
    ["9144030070846113IT", "format"],
    ["91440300 08461136T", "format"],
    ["9144030070846113OT", "format"],
  ])("%j is a format problem", (code, problem) => {
    expect(usccProblem(code)).toBe(problem);
  });

  it("maps a check value of 31 to 0", () => {
    // An all-zero body sums to 0, so 31 − 0 = 31, which the standard writes as "0".
    const body = "00000000000000000";
    expect(usccCheckChar(body)).toBe("0");
  });
});
