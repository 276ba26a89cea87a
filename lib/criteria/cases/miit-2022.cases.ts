import type { Facts } from "../facts/schema";
import { merge, type Case, type Patch } from "./types";

// miit-2022 specialized-sme (basic conditions, then score OR direct); little-giant in lg-2022.cases.ts.

const R = "miit-2022";

// Scores 7 of 100: niche years 2 → 1 point, R&D 360 万元 → 6 points, everything else 0.
const weak: Patch<Facts> = {
  finance: {
    mainRevenue: { y1: 6600, y2: 6700, y3: 6800 },
    netProfit: { y1: 100 },
    totalLiabilities: 7500,
    rdExpense: { y1: 360 },
  },
  market: { nicheYears: 2, ownBrand: false },
  field: { chainRoles: [], sixFoundations: [], suppliesChainLeader: false },
  management: { digitalLevel: 1, qualityCertification: false, standardsDrafted: false },
  scores: { provincialLocal: 0 },
  ip: { classOne: 0, classOneHighValue: 0, classOneSelfDeveloped: 0, classTwo: 0 },
  people: { rdStaff: 0 },
  innovation: { rdInstitution: "none" },
};

export const miit2022Cases: Case[] = [
  {
    name: "ssme22: niche years exactly 2",
    ruleset: R,
    facts: { market: { nicheYears: 2 } },
    outcomes: { "ssme.niche-years": "met", "lg.niche-years": "not_met" },
  },
  {
    name: "ssme22: niche years 1",
    ruleset: R,
    facts: { market: { nicheYears: 1 } },
    outcomes: { "ssme.niche-years": "not_met" },
    verdicts: { "specialized-sme": "not_eligible" },
  },
  {
    name: "ssme22: only y1 R&D counts",
    ruleset: R,
    facts: { finance: { rdExpense: { y2: 0 } } },
    outcomes: { "ssme.rd": "met" },
  },
  {
    name: "ssme22: R&D of y1 99 万元",
    ruleset: R,
    facts: { finance: { revenue: { y1: 3000 }, mainRevenue: { y1: 2800 }, rdExpense: { y1: 99 } } },
    outcomes: { "ssme.rd": "not_met" },
    gaps: { "ssme.rd": { metric: "finance.rdExpense.y1", shortfall: 1 } },
  },
  {
    name: "ssme22: revenue exactly 1000",
    ruleset: R,
    facts: { finance: { revenue: { y1: 1000 }, mainRevenue: { y1: 950 } } },
    outcomes: { "ssme.scale": "met" },
  },
  {
    name: "ssme22: revenue 999 with equity 2000",
    ruleset: R,
    facts: { finance: { revenue: { y1: 999 }, mainRevenue: { y1: 950 }, equityFinancing2y: 2000 } },
    outcomes: { "ssme.scale": "met" },
  },
  {
    name: "ssme22: revenue 999 without equity",
    ruleset: R,
    facts: { finance: { revenue: { y1: 999 }, mainRevenue: { y1: 950 } } },
    outcomes: { "ssme.scale": "not_met" },
  },
  {
    name: "ssme22: weak score and no direct condition",
    ruleset: R,
    facts: weak,
    outcomes: { "ssme.score-or-direct": "not_met", "ssme.rd": "met" },
    score: { "specialized-sme": [7, 7] },
    verdicts: { "specialized-sme": "not_eligible" },
    gaps: { "ssme.score-or-direct": { metric: "score", shortfall: 53, zh: "评价得分需提高 53 分才能达到 60 分" } },
  },
  {
    name: "ssme22: direct by equity financing exactly 6000",
    ruleset: R,
    facts: merge(weak, { finance: { equityFinancing2y: 6000 } }),
    outcomes: { "ssme.score-or-direct": "met" },
    verdicts: { "specialized-sme": "eligible" },
  },
  {
    name: "ssme22: equity financing 5999.99",
    ruleset: R,
    facts: merge(weak, { finance: { equityFinancing2y: 5999.99 } }),
    outcomes: { "ssme.score-or-direct": "not_met" },
  },
  {
    name: "ssme22: direct by Maker China top 500",
    ruleset: R,
    facts: merge(weak, { innovation: { makerChina: "top500" } }),
    outcomes: { "ssme.score-or-direct": "met" },
  },
  {
    name: "ssme22: direct by a provincial top-3 award",
    ruleset: R,
    facts: merge(weak, { innovation: { scienceAward: "provincial-top3" } }),
    outcomes: { "ssme.score-or-direct": "met" },
  },
  {
    name: "ssme22: direct by mean R&D exactly 1000",
    ruleset: R,
    facts: merge(weak, { finance: { rdExpense: { y1: 1340, y2: 660 } } }),
    outcomes: { "ssme.score-or-direct": "met" },
  },
  {
    name: "ssme22: mean R&D 999.5",
    ruleset: R,
    facts: merge(weak, { finance: { rdExpense: { y1: 1339, y2: 660 } } }),
    outcomes: { "ssme.score-or-direct": "not_met" },
    score: { "specialized-sme": [11, 11] },
  },
  {
    name: "ssme22: mean R&D unknown but one year reaches it",
    ruleset: R,
    facts: merge(weak, { finance: { rdExpense: { y1: 2000, y2: null } } }),
    outcomes: { "ssme.score-or-direct": "met" },
  },
  {
    name: "ssme22: unknown provincial points cannot rescue a weak score",
    ruleset: R,
    facts: merge(weak, { scores: { provincialLocal: null } }),
    outcomes: { "ssme.score-or-direct": "not_met" },
    score: { "specialized-sme": [7, 22] },
  },
  {
    name: "ssme22: score straddles the pass mark",
    ruleset: R,
    facts: {
      scores: { provincialLocal: null },
      innovation: { rdInstitution: "none" },
      ip: { classOne: 0, classOneHighValue: 0, classOneSelfDeveloped: 0, classTwo: 0 },
      people: { rdStaff: 0 },
      management: { digitalLevel: 1 },
      finance: { netProfit: { y1: 100 } },
    },
    outcomes: { "ssme.score-or-direct": "unknown" },
    score: { "specialized-sme": [45, 60] },
    verdicts: { "specialized-sme": "undetermined" },
  },
  {
    name: "ssme22: digital level 2 scores 3",
    ruleset: R,
    facts: { management: { digitalLevel: 2 } },
    score: { "specialized-sme": [91, 91] },
  },
  {
    name: "ssme22: one quality item scores 3",
    ruleset: R,
    facts: { market: { ownBrand: false }, management: { standardsDrafted: false } },
    score: { "specialized-sme": [91, 91] },
  },
  // Debt ratio points: "50%以下" 5 (takes 50); 50%-60% 3 (takes 60, a bound shared with 60%-70%);
  // 60%-70% 1; "70%以上" 0 (takes 70). Base 40 % scores 5, total 93.
  ...(
    [
      [5000, 93],
      [5001, 91],
      [6000, 91],
      [6001, 89],
      [6999, 89],
      [7000, 88],
    ] as const
  ).map(([liabilities, total]): Case => ({
    name: `ssme22: debt ratio ${liabilities / 100} % scores ${total - 88}`,
    ruleset: R,
    facts: { finance: { totalLiabilities: liabilities } },
    score: { "specialized-sme": [total, total] },
    // The base's R&D intensity of 6 % sits on a shared bound too ("6%-8%", "4%-6%").
    boundaryNotes: {
      "ssme.score-or-direct": liabilities === 6000 ? ["debtRatio", "rdIntensityY1"] : ["rdIntensityY1"],
    },
  })),
  // The direct route: "获得国家级科技奖励，并在获奖单位中排名前五" (a government site's copy).
  {
    name: "ssme22: a national award ranked 5th among its units recognises directly",
    ruleset: R,
    facts: merge(weak, { innovation: { scienceAward: "national", nationalAwardRank: 5 } }),
    outcomes: { "ssme.score-or-direct": "met" },
    verdicts: { "specialized-sme": "eligible" },
  },
  {
    name: "ssme22: a national award ranked 6th does not",
    ruleset: R,
    facts: merge(weak, { innovation: { scienceAward: "national", nationalAwardRank: 6 } }),
    outcomes: { "ssme.score-or-direct": "not_met" },
    verdicts: { "specialized-sme": "not_eligible" },
  },
  {
    name: "ssme22: a national award with the rank unknown is unknown",
    ruleset: R,
    facts: merge(weak, { innovation: { scienceAward: "national", nationalAwardRank: null } }),
    outcomes: { "ssme.score-or-direct": "unknown" },
    verdicts: { "specialized-sme": "undetermined" },
  },
  {
    name: "ssme22: a national award in the top three needs no rank",
    ruleset: R,
    facts: merge(weak, { innovation: { scienceAward: "national-top3" } }),
    outcomes: { "ssme.score-or-direct": "met" },
  },
  {
    name: "ssme22: a provincial award not in the top three does not count",
    ruleset: R,
    facts: merge(weak, { innovation: { scienceAward: "provincial" } }),
    outcomes: { "ssme.score-or-direct": "not_met" },
  },
];
