import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { baseFacts } from "../cases/base";
import { isRulesetId, rulesetInForce, rulesets } from "./catalog";

describe("rule sets by date", () => {
  it.each([
    ["2026-03-31", "miit-2022"],
    ["2026-04-01", "miit-2026"],
    ["2030-01-01", "miit-2026"],
    ["2022-05-31", "miit-2020"],
    ["2022-06-01", "miit-2022"],
    ["2020-07-01", "miit-2020"],
    ["2020-06-30", "miit-2018"],
    ["2018-11-26", "miit-2018"],
    ["2017-01-01", "miit-2018"],
  ])("%s → %s", (date, id) => {
    expect(rulesetInForce(date).id).toBe(id);
  });

  it("refuses a malformed date", () => {
    expect(() => rulesetInForce("2026-4-1")).toThrow(RangeError);
  });

  it("lists the four rule sets with contiguous dates", () => {
    expect(rulesets.map((r) => r.id)).toEqual(["miit-2026", "miit-2022", "miit-2020", "miit-2018"]);
    for (let i = 1; i < rulesets.length; i++) {
      const next = new Date(`${rulesets[i]!.effectiveTo}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(next.toISOString().slice(0, 10), rulesets[i]!.id).toBe(rulesets[i - 1]!.effectiveFrom);
    }
    expect(rulesets.find((r) => r.id === "miit-2026")?.effectiveTo).toBeNull();
    expect(rulesets.find((r) => r.id === "miit-2022")).toMatchObject({
      effectiveFrom: "2022-06-01",
      effectiveTo: "2026-03-31",
    });
  });

  it("evaluates with the rule set in force on `today` when none is given", () => {
    expect(evaluate(baseFacts, { today: "2026-03-31" }).ruleset.id).toBe("miit-2022");
    expect(evaluate(baseFacts, { today: "2026-04-01" }).ruleset).toEqual({
      id: "miit-2026",
      title: "《优质中小企业梯度培育管理办法》（工信部企业〔2026〕2号）",
      effectiveFrom: "2026-04-01",
      effectiveTo: null,
      reason: { code: "in_force", message: "按评估当日施行的标准评估" },
    });
    expect(evaluate(baseFacts, { today: "not a date" }).ruleset.id).toBe(evaluate(baseFacts).ruleset.id);
  });

  it("evaluates a 2026 review under miit-2022 unless asked otherwise, and says why", () => {
    const review = { ...baseFacts, review: true };
    const r = evaluate(review, { today: "2026-12-02", locale: "en" });
    expect(r.ruleset.id).toBe("miit-2022");
    expect(r.ruleset.reason?.code).toBe("review_year");
    expect(r.ruleset.reason?.message).toContain("2026 reviews");
    expect(r.ruleset.reason?.message).toContain("工信厅企业函〔2026〕117号");
    expect(evaluate(review, { today: "2026-12-02", ruleset: "miit-2026" }).ruleset).toMatchObject({
      id: "miit-2026",
      reason: { code: "requested" },
    });
    // A new application of 2026, and a review of another year, use the rule set in force.
    expect(evaluate(baseFacts, { today: "2026-12-02" }).ruleset.id).toBe("miit-2026");
    expect(evaluate({ ...review, assessmentYear: 2027 }, { today: "2027-05-01" }).ruleset.id).toBe("miit-2026");
    // Before 2026-04-01 the 2022 standard is in force anyway: no special reason.
    expect(evaluate(review, { today: "2026-03-31" }).ruleset.reason?.code).toBe("in_force");
  });

  it("knows its rule sets by id, exactly", () => {
    expect(isRulesetId("miit-2030")).toBe(false);
    expect(isRulesetId("miit-2022")).toBe(true);
    expect(isRulesetId("MIIT-2022")).toBe(false);
  });

  it("names the 2026 base tier after the 2026 measures but cites the 2022 standard", () => {
    const tier = evaluate(baseFacts, { ruleset: "miit-2026" }).tiers[0];
    expect(tier?.title).toBe("科技和创新型中小企业");
    expect(tier?.criteria.find((c) => c.id === "ism.score")?.reference).toContain("工信部企业〔2022〕63号");
    expect(evaluate(baseFacts, { ruleset: "miit-2022" }).tiers[0]?.title).toBe("创新型中小企业");
  });
});
