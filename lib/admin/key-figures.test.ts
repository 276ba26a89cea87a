import { describe, expect, it } from "vitest";
import { setAt } from "@/lib/questionnaire/answers";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { keyFigures } from "./key-figures";

describe("an applicant's key figures", () => {
  it("are the answers' facts and the engine's derived values, unknown where an answer is missing", () => {
    const figures = Object.fromEntries(keyFigures(completeAnswers).map((f) => [f.name, f.value]));
    // completeAnswers: revenue 12,000 and 10,500 the year before, R&D 720, main revenue 11,400.
    expect(figures).toMatchObject({
      "finance.revenue.y1": 12000,
      rdIntensityY1: 6,
      mainBusinessShare: 95,
    });
    expect(figures.revenueGrowthY1).toBeCloseTo(((12000 - 10500) / 10500) * 100, 1);
    const unknown = keyFigures(setAt(completeAnswers, "finance.revenue.y1", undefined));
    expect(unknown.find((f) => f.name === "rdIntensityY1")?.value).toBeNull();
    expect(unknown.find((f) => f.name === "finance.revenue.y1")?.value).toBeNull();
  });
});
