import { describe, expect, it } from "vitest";
import { setAt } from "./answers";
import { firstIncomplete, isReachable, isStepComplete, nextDestination, pruneHidden, visibleFields } from "./journey";
import { findStep, steps } from "./steps";
import { completeAnswers } from "./testing/sample-answers";

const step = (id: string) => findStep(id)!;

describe("the journey", () => {
  it("starts at the first step and lets nobody skip ahead", () => {
    expect(firstIncomplete({})).toBe("about");
    expect(isReachable("about", {})).toBe(true);
    expect(isReachable("company", {})).toBe(false);
    expect(isReachable("check", {})).toBe(false);
  });

  it("reaches the check page only when every shown question has an answer or a don't know", () => {
    expect(firstIncomplete(completeAnswers)).toBe("check");
    expect(steps.every((s) => isReachable(s.id, completeAnswers))).toBe(true);
    const withoutRd = setAt(completeAnswers, "finance.rdExpense.y2", undefined);
    expect(firstIncomplete(withoutRd)).toBe("finance");
    expect(isReachable("people", withoutRd)).toBe(false);
    expect(isReachable("company", withoutRd)).toBe(true);
    expect(firstIncomplete(setAt(withoutRd, "finance.rdExpense.y2", null))).toBe("check");
  });

  it("asks about equity financing only below 5,000 万元 of revenue or when revenue is unknown", () => {
    const paths = (a: typeof completeAnswers) => visibleFields(step("finance"), a).map((f) => f.path);
    expect(paths(completeAnswers)).not.toContain("finance.equityFinancing2y");
    expect(paths(setAt(completeAnswers, "finance.revenue.y1", 4999.9))).toContain("finance.equityFinancing2y");
    expect(paths(setAt(completeAnswers, "finance.revenue.y1", null))).toContain("finance.equityFinancing2y");
    expect(isStepComplete(step("finance"), setAt(completeAnswers, "finance.revenue.y1", 3000))).toBe(false);
  });

  it("asks for last year's development score only in a review, and the Class I breakdown only with Class I IP", () => {
    const scorePaths = (a: typeof completeAnswers) => visibleFields(step("scores"), a).map((f) => f.path);
    expect(scorePaths(completeAnswers)).not.toContain("scores.developmentPrev");
    expect(scorePaths({ ...completeAnswers, review: true })).toContain("scores.developmentPrev");
    const ipPaths = visibleFields(step("ip"), setAt(completeAnswers, "ip.classOne", 0)).map((f) => f.path);
    expect(ipPaths).not.toContain("ip.classOneHighValue");
  });

  it("goes to the next step, or back to the check page when the user came from there", () => {
    expect(nextDestination("about", { assessmentYear: 2026, review: false }, false)).toBe("company");
    expect(nextDestination("finance", completeAnswers, true)).toBe("check");
    expect(nextDestination("finance", completeAnswers, false)).toBe("people");
    expect(nextDestination("scores", completeAnswers, false)).toBe("check");
    const missingMarket = setAt(completeAnswers, "market.ownBrand", undefined);
    expect(nextDestination("finance", missingMarket, true)).toBe("people");
    expect(nextDestination("people", missingMarket, false)).toBe("market");
  });

  it("clears answers to questions that are no longer asked", () => {
    const review = {
      ...completeAnswers,
      review: true,
      scores: { development: 55, developmentPrev: 62, provincialLocal: 3 },
    };
    expect(pruneHidden(review)).toEqual(review);
    const pruned = pruneHidden({ ...review, review: false });
    expect(pruned.scores).toEqual({ development: 55, provincialLocal: 3 });
  });
});
