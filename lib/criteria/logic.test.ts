import { describe, expect, it } from "vitest";
import { agree, all, any, clean, ge, le, lt, sumAtLeast } from "./logic";
import { bands } from "./params/bands";
import { bandScore, better, group, item, ladder, reaches, total } from "./score";
import type { Outcome } from "./types";

const V: Outcome[] = ["met", "not_met", "unknown", "manual", "not_applicable"];

/** Kleene negation, for De Morgan's law on definite values. */
const negate = (x: Outcome): Outcome => (x === "met" ? "not_met" : x === "not_met" ? "met" : x);

describe("Kleene logic", () => {
  it("AND: not_met wins, then unknown/manual, else met", () => {
    expect(all(["met", "met"])).toBe("met");
    expect(all(["met", "not_met", "unknown"])).toBe("not_met");
    expect(all(["met", "unknown"])).toBe("unknown");
    expect(all(["met", "manual"])).toBe("unknown");
    expect(all(["met", "not_applicable"])).toBe("met");
    expect(all([])).toBe("met");
  });

  it("OR: met wins, then unknown/manual, else not_met", () => {
    expect(any(["not_met", "met", "unknown"])).toBe("met");
    expect(any(["not_met", "unknown"])).toBe("unknown");
    expect(any(["not_met", "manual"])).toBe("unknown");
    expect(any(["not_met", "not_met"])).toBe("not_met");
    expect(any(["not_applicable"])).toBe("not_applicable");
  });

  it("is commutative and follows De Morgan on definite values", () => {
    for (const a of V) {
      for (const b of V) {
        expect(all([a, b])).toBe(all([b, a]));
        expect(any([a, b])).toBe(any([b, a]));
        if (a !== "not_applicable" && b !== "not_applicable" && a !== "manual" && b !== "manual") {
          expect(negate(all([a, b]))).toBe(any([negate(a), negate(b)]));
        }
      }
    }
  });

  it("agree is definite only when every branch agrees", () => {
    expect(agree(["met", "met"])).toBe("met");
    expect(agree(["met", "not_met"])).toBe("unknown");
    expect(agree([])).toBe("unknown");
  });

  it("compares inclusively for 以上/不高于 and strictly for 以下", () => {
    expect(ge(3, 3)).toBe("met");
    expect(ge(2.999, 3)).toBe("not_met");
    expect(le(80, 80)).toBe("met");
    expect(le(80.001, 80)).toBe("not_met");
    expect(lt(1000, 1000)).toBe("not_met");
    expect(lt(999, 1000)).toBe("met");
    expect(ge(null, 3)).toBe("unknown");
  });

  it("a sum of non-negative parts can be met with a part unknown", () => {
    expect(sumAtLeast([1300, null], 1200)).toBe("met");
    expect(sumAtLeast([500, null], 1200)).toBe("unknown");
    expect(sumAtLeast([600.1, 599.9], 1200)).toBe("met");
    expect(sumAtLeast([600, 599], 1200)).toBe("not_met");
  });

  it("removes floating-point noise only", () => {
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean((30.3 * 100) / 1010)).toBe(3);
    expect(clean(2.9999)).toBe(2.9999);
    expect(clean(123456789.0000001)).toBe(123456789);
  });
});

describe("score intervals", () => {
  const b = bands(
    ">=",
    [
      [5, 20],
      [3, 15],
      [2, 10],
      [1, 5],
    ],
    0,
  );

  it("scores a known number by the first band it reaches, lower bound included", () => {
    expect(bandScore(5, b)).toEqual({ min: 20, max: 20 });
    expect(bandScore(4.99, b)).toEqual({ min: 15, max: 15 });
    expect(bandScore(1, b)).toEqual({ min: 5, max: 5 });
    expect(bandScore(0.99, b)).toEqual({ min: 0, max: 0 });
  });

  it("spans every band for an unknown number", () => {
    expect(bandScore(null, b)).toEqual({ min: 0, max: 20 });
  });

  it("a ladder spans the rungs that can fire", () => {
    expect(
      ladder(
        [
          { when: "unknown", points: 20 },
          { when: "met", points: 10 },
        ],
        0,
      ),
    ).toEqual({ min: 10, max: 20 });
    expect(
      ladder(
        [
          { when: "not_met", points: 20 },
          { when: "unknown", points: 10 },
        ],
        5,
      ),
    ).toEqual({ min: 5, max: 10 });
    expect(
      ladder(
        [
          { when: "met", points: 20 },
          { when: "unknown", points: 10 },
        ],
        0,
      ),
    ).toEqual({ min: 20, max: 20 });
  });

  it("takes the better of two scores", () => {
    expect(better({ min: 2, max: 6 }, { min: 4, max: 4 })).toEqual({ min: 4, max: 6 });
  });

  it("passes when the minimum reaches the mark, fails when the maximum cannot", () => {
    expect(reaches({ min: 60, max: 70 }, 60)).toBe("met");
    expect(reaches({ min: 50, max: 59.99 }, 60)).toBe("not_met");
    expect(reaches({ min: 50, max: 60 }, 60)).toBe("unknown");
  });

  it("adds items into groups and groups into a total", () => {
    const g = group({ a: item({ min: 5, max: 10 }, 10), b: item({ min: 0, max: 15 }, 20) }, 15);
    expect(g).toMatchObject({ min: 5, max: 25, of: 30, subMinimum: 15 });
    expect(total({ g }, 60)).toMatchObject({ min: 5, max: 25, passMark: 60 });
  });
});
