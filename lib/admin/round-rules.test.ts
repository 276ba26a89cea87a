import { describe, expect, it } from "vitest";
import { listHasScore, named } from "./round-export";
import { daysLeft, listProblems, rankRecommended, type RoundEntry } from "./round-rules";

const entry = (reference: string, status: string, over: Partial<RoundEntry> = {}): RoundEntry => ({
  id: reference,
  reference,
  status,
  verdict: "eligible",
  score: null,
  rdIntensity: null,
  revenue: null,
  submittedAt: new Date("2026-11-01T00:00:00Z"),
  ...over,
});

describe("round rules", () => {
  it("names what stands between a list and its first sign-off", () => {
    expect(
      listProblems(
        [
          entry("ZJ-A", "in_review"),
          entry("ZJ-B", "recommended", { verdict: "undetermined" }),
          entry("ZJ-C", "recommended"),
          entry("ZJ-D", "needs_information"),
        ],
        1,
      ),
    ).toEqual([
      { kind: "undecided", references: ["ZJ-A", "ZJ-D"] },
      { kind: "not_eligible", references: ["ZJ-B"] },
      { kind: "over_quota", recommended: 2, quota: 1 },
    ]);
    expect(listProblems([entry("ZJ-A", "not_recommended")], null)).toEqual([{ kind: "empty" }]);
    expect(listProblems([entry("ZJ-A", "recommended"), entry("ZJ-B", "not_recommended")], 1)).toEqual([]);
  });

  it("ranks by score, then R&D intensity, then revenue, an unknown last, then the earlier submission", () => {
    const ranked = rankRecommended([
      entry("ZJ-1", "recommended", { score: 80, rdIntensity: 3 }),
      entry("ZJ-2", "recommended", { score: 92 }),
      entry("ZJ-3", "recommended", { score: 80, rdIntensity: 6, revenue: 1 }),
      entry("ZJ-4", "not_recommended", { score: 99 }),
      entry("ZJ-5", "recommended", { score: null, rdIntensity: 9 }),
      entry("ZJ-6", "recommended", { score: 80, rdIntensity: 6, revenue: 1, submittedAt: new Date("2026-10-01") }),
    ]);
    expect(ranked.map((e) => e.reference)).toEqual(["ZJ-2", "ZJ-6", "ZJ-3", "ZJ-1", "ZJ-5"]);
  });

  it("has a score column only for a tier with a points score", () => {
    expect(listHasScore({ rulesetId: "miit-2022", tier: "specialized-sme" })).toBe(true);
    expect(listHasScore({ rulesetId: "miit-2026", tier: "little-giant" })).toBe(false);
  });

  it("names a list without saying 推荐 twice", () => {
    expect(named("{name}推荐名单", "2027 年第一批专精特新“小巨人”企业推荐")).toBe(
      "2027 年第一批专精特新“小巨人”企业推荐名单",
    );
    expect(named("{name}推荐名单", "2027 年第一批推荐名单")).toBe("2027 年第一批推荐名单");
    expect(named("{name}推荐名单", "2027 年第一批")).toBe("2027 年第一批推荐名单");
    expect(named("{name}: recommendation list", "Batch 1")).toBe("Batch 1: recommendation list");
  });

  it("counts the days to a deadline in China's dates", () => {
    expect(daysLeft("2026-12-10", "2026-12-03")).toBe(7);
    expect(daysLeft("2026-12-03", "2026-12-03")).toBe(0);
    expect(daysLeft("2026-12-01", "2026-12-03")).toBe(-2);
  });
});
