import type { Param, Source } from "../params/types";
import type { CriterionId, RulesetId } from "../types";
import { define } from "./define";
import { allOf, anyOf, atLeast } from "./parts";
import type { Ctx, CriterionDef, RunResult } from "./types";

// Review mode (复核) under miit-2026: the development score may come from either year, and the
// growth test and the exclusions (the 2026 annual notice: "不再推荐新申请") do not apply. With
// `review` unknown the outcome is definite only when both readings agree.

function reviewStep(review: boolean | null) {
  return { kind: "input" as const, name: "review", formula: "review = true → 复核", inputs: { review }, value: review };
}

function whenReviewUnknown(newApp: RunResult, inReview: RunResult): RunResult {
  const trace = [...newApp.trace, ...inReview.trace.filter((s) => !newApp.trace.includes(s))];
  const same = newApp.outcome === inReview.outcome;
  const met = newApp.outcome === "met" && inReview.outcome === "not_applicable";
  if (same || met) return { outcome: newApp.outcome, values: newApp.values, trace, gaps: newApp.gaps };
  return { outcome: "unknown", values: newApp.values, trace, gaps: [] };
}

export function developmentScore(
  id: CriterionId,
  family: RulesetId,
  e: { basis: Source; minScore: Param<number> },
): CriterionDef {
  return define(id, family, e, ({ f }: Ctx) => {
    const min = e.minScore.value;
    const values = {
      "scores.development": f["scores.development"],
      "scores.developmentPrev": f["scores.developmentPrev"],
    };
    const thisYear = atLeast("scores.development", f["scores.development"], min, "分");
    if (f.review === false) return allOf([thisYear], values);
    const lastYear = atLeast("scores.developmentPrev", f["scores.developmentPrev"], min, "分");
    const inReview = anyOf([thisYear, lastYear], values, [reviewStep(f.review)]);
    return f.review === true ? inReview : whenReviewUnknown(allOf([thisYear], values), inReview);
  });
}

/** A condition of new applications only: `not_applicable` in review mode. */
export function newApplicationsOnly(
  review: boolean | null,
  newApp: RunResult,
  steps: RunResult["trace"] = [],
): RunResult {
  if (review === false) return newApp;
  const inReview: RunResult = {
    outcome: "not_applicable",
    values: newApp.values,
    trace: [...steps, reviewStep(review)],
    gaps: [],
  };
  return review === true ? inReview : whenReviewUnknown(newApp, inReview);
}

export function revenueCagr(
  id: CriterionId,
  family: RulesetId,
  e: { basis: Source; minCagr: Param<number> },
): CriterionDef {
  return define(id, family, e, ({ f, d }: Ctx) => {
    const min = e.minCagr.value;
    const values = { revenueCagr2y: d.revenueCagr2y.value };
    const newApp = allOf([atLeast("revenueCagr2y", d.revenueCagr2y.value, min, "%")], values, [d.revenueCagr2y.step]);
    return newApplicationsOnly(f.review, newApp, [d.revenueCagr2y.step]);
  });
}
