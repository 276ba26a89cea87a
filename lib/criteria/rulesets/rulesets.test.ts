import { describe, expect, it } from "vitest";
import { defaultRulesetId, evaluate } from "../evaluate";
import { baseFacts } from "../cases/base";
import { isRulesetId, rulesetInForce, rulesets } from "./catalog";

describe("rule sets by date", () => {
  it.each([
    ["2026-03-31", "miit-2022"],
    ["2026-04-01", "miit-2026"],
    ["2030-01-01", "miit-2026"],
    ["2022-05-31", "miit-2018"],
    ["2022-06-01", "miit-2022"],
    ["2018-11-26", "miit-2018"],
    ["2017-01-01", "miit-2018"],
  ])("%s → %s", (date, id) => {
    expect(rulesetInForce(date).id).toBe(id);
  });

  it("refuses a malformed date", () => {
    expect(() => rulesetInForce("2026-4-1")).toThrow(RangeError);
  });

  it("lists the three rule sets with contiguous dates", () => {
    expect(rulesets.map((r) => r.id)).toEqual(["miit-2026", "miit-2022", "miit-2018"]);
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
    });
    expect(defaultRulesetId("not a date")).toBe(defaultRulesetId());
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
