import { describe, expect, it } from "vitest";
import type { CriterionId, Outcome } from "@/lib/criteria";
import { unmetCriteria, type TierOutcomes } from "./insight-columns";

const tier = (outcomes: [CriterionId, Outcome][], alternatives: CriterionId[][] = []): TierOutcomes => ({
  id: "innovative-sme",
  verdict: "not_eligible",
  alternatives,
  criteria: outcomes.map(([id, outcome]) => ({ id, outcome })),
});
const ALT: CriterionId[][] = [["ism.direct", "ism.score", "ism.tech-sme"]];

describe("unmetCriteria", () => {
  it("lists the criteria not met, in the tier's order", () => {
    expect(
      unmetCriteria(
        tier([
          ["common.sme-size", "not_met"],
          ["common.legal-person", "met"],
          ["common.good-standing", "not_met"],
        ]),
      ),
    ).toEqual(["common.sme-size", "common.good-standing"]);
  });

  it("leaves out alternatives while another route is met or still open", () => {
    const met = tier(
      [
        ["ism.direct", "not_met"],
        ["ism.score", "met"],
        ["ism.tech-sme", "not_met"],
      ],
      ALT,
    );
    expect(unmetCriteria(met)).toEqual([]);
    const open = tier(
      [
        ["ism.direct", "not_met"],
        ["ism.score", "unknown"],
        ["ism.tech-sme", "not_met"],
      ],
      ALT,
    );
    expect(unmetCriteria(open)).toEqual([]);
  });

  it("lists every alternative when all of them fail", () => {
    const failed = tier(
      [
        ["common.sme-size", "met"],
        ["ism.direct", "not_met"],
        ["ism.score", "not_met"],
        ["ism.tech-sme", "not_applicable"],
      ],
      ALT,
    );
    expect(unmetCriteria(failed)).toEqual(["ism.direct", "ism.score"]);
  });
});
