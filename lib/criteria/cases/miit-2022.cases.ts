import type { Facts } from "../facts/schema";
import { merge, type Case, type Patch } from "./types";

// miit-2022 specialized-sme (basic conditions, then score OR direct) and little-giant.

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
    gaps: { "ssme.score-or-direct": { metric: "score", shortfall: 53, zh: "评价得分需提高 53.0 分才能达到 60 分" } },
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
  {
    name: "lg22: main share exactly 70 %",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 8400 } } },
    outcomes: { "lg.main-business-share": "met" },
  },
  {
    name: "lg22: main share 69.99 %",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 8398.8 } } },
    outcomes: { "lg.main-business-share": "not_met" },
  },
  {
    name: "lg22: average main-revenue growth exactly 5 %",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 11025, y2: 10500, y3: 10000 } } },
    outcomes: { "lg.growth": "met" },
    values: { "lg.growth": { mainRevenueGrowthAvg2y: 5 } },
  },
  {
    name: "lg22: average main-revenue growth just under 5 %",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 11024, y2: 10500, y3: 10000 } } },
    outcomes: { "lg.growth": "not_met" },
    verdicts: { "little-giant": "not_eligible" },
  },
  {
    name: "lg22: review changes nothing under 2022",
    ruleset: R,
    facts: { review: true, finance: { mainRevenue: { y1: 9200, y2: 9200, y3: 9200 } } },
    outcomes: { "lg.growth": "not_met" },
  },
  {
    name: "lg22: debt ratio exactly 70 %",
    ruleset: R,
    facts: { finance: { totalLiabilities: 7000 } },
    outcomes: { "lg.debt-ratio": "met" },
  },
  {
    name: "lg22: debt ratio 70.01 %",
    ruleset: R,
    facts: { finance: { totalLiabilities: 7001 } },
    outcomes: { "lg.debt-ratio": "not_met" },
  },
  {
    name: "lg22: no information system",
    ruleset: R,
    facts: { management: { coreProcessOnInfoSystem: false } },
    outcomes: { "lg.info-system": "not_met" },
  },
  {
    name: "lg22: overseas product certification suffices",
    ruleset: R,
    facts: { management: { qualityCertification: false, overseasProductCertification: true } },
    outcomes: { "lg.certification": "met" },
  },
  {
    name: "lg22: no certification",
    ruleset: R,
    facts: { management: { qualityCertification: false, overseasProductCertification: false } },
    outcomes: { "lg.certification": "not_met" },
  },
  {
    name: "lg22: certification unknown",
    ruleset: R,
    facts: { management: { qualityCertification: false, overseasProductCertification: null } },
    outcomes: { "lg.certification": "unknown" },
  },
  {
    name: "lg22: domestic share exactly 10 %",
    ruleset: R,
    facts: { market: { shareDomestic: 10 } },
    outcomes: { "lg.market-share": "met" },
  },
  {
    name: "lg22: domestic share 9.99 %, international share does not count",
    ruleset: R,
    facts: { market: { shareDomestic: 9.99, shareInternational: 40 } },
    outcomes: { "lg.market-share": "not_met" },
  },
  {
    name: "lg22: no own brand",
    ruleset: R,
    facts: { market: { ownBrand: false } },
    outcomes: { "lg.brand": "not_met" },
  },
  {
    name: "lg22: revenue over 1亿, y2 intensity 2.99 %",
    ruleset: R,
    facts: { finance: { rdExpense: { y2: 328.9 } } },
    outcomes: { "lg.innovation": "not_met" },
    gaps: { "lg.innovation": { metric: "finance.rdExpense.y2", shortfall: 1.1 } },
  },
  {
    name: "lg22: revenue exactly 1亿 at 3 %",
    ruleset: R,
    facts: { finance: { revenue: { y1: 10000 }, mainRevenue: { y1: 9500 }, rdExpense: { y1: 300, y2: 330 } } },
    outcomes: { "lg.innovation": "met" },
  },
  {
    name: "lg22: revenue just under 1亿 needs 6 %",
    ruleset: R,
    facts: { finance: { revenue: { y1: 9999.99 }, mainRevenue: { y1: 9500 }, rdExpense: { y1: 300, y2: 330 } } },
    outcomes: { "lg.innovation": "not_met" },
  },
  {
    name: "lg22: middle class at 6 %",
    ruleset: R,
    facts: { finance: { revenue: { y1: 9999.99 }, mainRevenue: { y1: 9500 }, rdExpense: { y1: 600, y2: 660 } } },
    outcomes: { "lg.innovation": "met" },
  },
  {
    name: "lg22: under 5000万 with financing, R&D total and staff",
    ruleset: R,
    facts: {
      finance: {
        revenue: { y1: 4999 },
        mainRevenue: { y1: 4500 },
        equityFinancing2y: 8000,
        rdExpense: { y1: 1500, y2: 1500 },
      },
      people: { rdStaff: 130 },
    },
    outcomes: { "lg.innovation": "met" },
  },
  {
    name: "lg22: under 5000万, R&D staff 49.62 %",
    ruleset: R,
    facts: {
      finance: {
        revenue: { y1: 4999 },
        mainRevenue: { y1: 4500 },
        equityFinancing2y: 8000,
        rdExpense: { y1: 1500, y2: 1500 },
      },
      people: { rdStaff: 129 },
    },
    outcomes: { "lg.innovation": "not_met" },
    gaps: { "lg.innovation": { metric: "rdStaffShare", shortfall: 0.39 } },
  },
  {
    name: "lg22: national top-3 award rescues the R&D tier",
    ruleset: R,
    facts: { finance: { rdExpense: { y2: 300 } }, innovation: { scienceAward: "national-top3" } },
    outcomes: { "lg.innovation": "met" },
  },
  {
    name: "lg22: Maker China top 50 rescues it",
    ruleset: R,
    facts: { finance: { rdExpense: { y2: 300 } }, innovation: { makerChina: "top50" } },
    outcomes: { "lg.innovation": "met" },
  },
  {
    name: "lg22: Maker China top 500 does not",
    ruleset: R,
    facts: { finance: { rdExpense: { y2: 300 } }, innovation: { makerChina: "top500" } },
    outcomes: { "lg.innovation": "not_met" },
  },
  {
    name: "lg22: no R&D institution",
    ruleset: R,
    facts: { innovation: { rdInstitution: "none" } },
    outcomes: { "lg.innovation": "not_met" },
  },
  {
    name: "lg22: one Class I IP",
    ruleset: R,
    facts: { ip: { classOne: 1 } },
    outcomes: { "lg.innovation": "not_met" },
    gaps: { "lg.innovation": { metric: "ip.classOne", shortfall: 1 } },
  },
  {
    name: "lg22: revenue unknown",
    ruleset: R,
    facts: { finance: { revenue: { y1: null } } },
    outcomes: { "lg.innovation": "unknown" },
  },
  {
    name: "lg22: no chain role",
    ruleset: R,
    facts: { field: { chainRoles: [] } },
    outcomes: { "lg.chain": "not_met" },
  },
  {
    name: "lg22: key link unknown",
    ruleset: R,
    facts: { field: { keyChainLink: null } },
    outcomes: { "lg.chain": "unknown" },
  },
  {
    name: "lg22: no listed field",
    ruleset: R,
    facts: { field: { sixFoundations: [], tenSectors: [], cyberFields: [] } },
    outcomes: { "lg.field": "not_met" },
  },
  {
    name: "lg22: a cyber field alone",
    ruleset: R,
    facts: { field: { sixFoundations: [], tenSectors: [], cyberFields: ["data-security"] } },
    outcomes: { "lg.field": "met" },
  },
];
