import { describe, expect, it } from "vitest";
import type { CriterionId, Outcome } from "@/lib/criteria";
import { narrowMisses, unmetCriteria, type GappedTier, type TierOutcomes } from "./insight-columns";

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

describe("narrowMisses", () => {
  const gap = (required: number, shortfall: number, option?: number) => ({
    required,
    shortfall,
    ...(option === undefined ? {} : { alternative: { option } }),
  });
  const gapped = (criteria: { id: CriterionId; outcome: Outcome; gaps?: ReturnType<typeof gap>[] }[]): GappedTier => ({
    id: "little-giant",
    verdict: "not_eligible",
    criteria,
  });

  it("marks a criterion missed by at most a tenth of what it requires, on every gap of its route", () => {
    const t = gapped([
      { id: "lg.revenue", outcome: "not_met", gaps: [gap(10000, 1000)] }, // exactly a tenth: narrow
      { id: "lg.growth", outcome: "not_met", gaps: [gap(5, 0.6)] }, // 12 %: not
      { id: "lg.main-business-share", outcome: "not_met", gaps: [gap(70, 2), gap(70, 30)] }, // one gap wide
      { id: "lg.debt-ratio", outcome: "not_met" }, // no figures to measure the miss by
      { id: "lg.niche-years", outcome: "met" },
    ]);
    expect(narrowMisses(t)).toEqual(["lg.revenue"]);
  });

  it("counts an OR as narrow when one of its routes is, and a debt ratio over its ceiling by its own measure", () => {
    const t = gapped([
      // R&D: 3 % intensity missed by 0.2 points (narrow), or 1,000 万元 missed by 600 (not).
      { id: "lg.rd-total", outcome: "not_met", gaps: [gap(3, 0.2, 0), gap(1000, 600, 1)] },
      // At most 70 %, at 74 %: 4 points over, within a tenth of 70.
      { id: "lg.debt-ratio", outcome: "not_met", gaps: [gap(70, 4)] },
    ]);
    expect(narrowMisses(t)).toEqual(["lg.rd-total", "lg.debt-ratio"]);
  });
});
