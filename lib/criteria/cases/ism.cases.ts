import type { Facts } from "../facts/schema";
import { merge, type Case, type Patch } from "./types";

// Innovative SME (工信部企业〔2022〕63号 attachment 1), which miit-2026 reuses: the alternatives
// rule for ism.direct / ism.score (and, in 2026, ism.tech-sme), the score bands at and beside each
// bound (criteria.md: "15%以上" takes 15, "55%以下" takes 55, "75%以上" takes 75), group minimums,
// unknown inputs. Base: growth 10.68 % (15), debt 40 % (10), R&D 6 % (20), share 95 % (20), IP 20, field 10.

export const noDirect: Patch<Facts> = {
  titles: { highTech: false, otherInnovationHonour: false },
  innovation: { scienceAward: "none", rdInstitution: "municipal" },
  finance: { equityFinancing3y: 0 },
};
export const lowInnovation: Patch<Facts> = {
  ip: { classOne: 0, classOneHighValue: 0, classOneSelfDeveloped: 0, classTwo: 0 },
  finance: { rdExpense: { y1: 60 } },
};
// IP 10 + R&D 3 % 15 | growth 0 % 5 + debt 55 % 10 | field 5 + main share 60 % 15 = exactly 60.
const sixty: Patch<Facts> = {
  ip: { classOne: 1, classOneHighValue: 0, classOneSelfDeveloped: 0 },
  finance: { rdExpense: { y1: 360 }, mainRevenue: { y1: 7200, y2: 7200, y3: 7000 }, totalLiabilities: 5500 },
  field: { strategicEmerging: false },
};
export const ismCases: Case[] = [
  {
    name: "ism: score fails, high-tech certificate recognises directly",
    ruleset: "miit-2026",
    facts: lowInnovation,
    outcomes: { "ism.direct": "met", "ism.score": "not_met" },
    verdicts: { "innovative-sme": "eligible" },
  },
  {
    name: "ism: both alternatives fail",
    ruleset: "miit-2022",
    facts: merge(noDirect, lowInnovation),
    outcomes: { "ism.direct": "not_met", "ism.score": "not_met" },
    verdicts: { "innovative-sme": "not_eligible" },
    gaps: {
      "ism.direct": {
        metric: "finance.equityFinancing3y",
        shortfall: 500,
        zh: "近三年新增股权融资总额需增加 500 万元才能达到 500 万元",
      },
      "ism.score": { metric: "score", shortfall: 5 },
    },
  },
  {
    name: "ism: direct unknown while the score fails",
    ruleset: "miit-2022",
    facts: merge(noDirect, lowInnovation, { titles: { highTech: null } }),
    outcomes: { "ism.direct": "unknown", "ism.score": "not_met" },
    verdicts: { "innovative-sme": "undetermined" },
  },
  {
    name: "ism: direct fails, score passes",
    ruleset: "miit-2026",
    facts: noDirect,
    outcomes: { "ism.direct": "not_met", "ism.score": "met" },
    verdicts: { "innovative-sme": "eligible" },
  },
  {
    name: "ism: equity financing exactly 500",
    ruleset: "miit-2022",
    facts: merge(noDirect, { finance: { equityFinancing3y: 500 } }),
    outcomes: { "ism.direct": "met" },
  },
  {
    name: "ism: equity financing 499.99",
    ruleset: "miit-2022",
    facts: merge(noDirect, { finance: { equityFinancing3y: 499.99 } }),
    outcomes: { "ism.direct": "not_met" },
  },
  {
    name: "ism: a provincial award alone",
    ruleset: "miit-2022",
    facts: merge(noDirect, { innovation: { scienceAward: "provincial" } }),
    outcomes: { "ism.direct": "met" },
  },
  {
    name: "ism: provincial R&D institution alone",
    ruleset: "miit-2022",
    facts: merge(noDirect, { innovation: { rdInstitution: "provincial" } }),
    outcomes: { "ism.direct": "met" },
  },
  {
    name: "ism: score exactly 60, with three values on bounds the text leaves open",
    ruleset: "miit-2022",
    facts: merge(noDirect, sixty),
    outcomes: { "ism.score": "met" },
    score: { "innovative-sme": [60, 60] },
    verdicts: { "innovative-sme": "eligible" },
    boundaryNotes: { "ism.score": ["rdIntensityY1", "mainRevenueGrowthY1", "mainBusinessShare"] },
  },
  {
    name: "ism: main share 59.99 % costs 5 points",
    ruleset: "miit-2022",
    facts: merge(noDirect, sixty, { finance: { mainRevenue: { y1: 7199, y2: 7199 } } }),
    outcomes: { "ism.score": "not_met" },
    score: { "innovative-sme": [55, 55] },
    verdicts: { "innovative-sme": "not_eligible" },
    gaps: {
      "ism.score": {
        metric: "score",
        shortfall: 5,
        zh: "评价得分需提高 5 分才能达到 60 分",
        en: "Score must rise by 5 points to reach 60 points",
      },
    },
  },
  {
    name: "ism: innovation group under its minimum",
    ruleset: "miit-2022",
    facts: merge(noDirect, {
      ip: { classOne: 0, classOneHighValue: 0, classOneSelfDeveloped: 0, classTwo: 3 },
      finance: { rdExpense: { y1: 240 }, mainRevenue: { y1: 11400, y2: 9500, y3: 9000 } },
    }),
    outcomes: { "ism.score": "not_met" },
    score: { "innovative-sme": [75, 75] },
    gaps: {
      "ism.score": { metric: "score.innovation", shortfall: 5, zh: "创新能力指标得分需提高 5 分才能达到 20 分" },
    },
  },
  {
    name: "ism: unknown R&D still passes",
    ruleset: "miit-2022",
    facts: { finance: { rdExpense: { y1: null } } },
    outcomes: { "ism.score": "met" },
    score: { "innovative-sme": [75, 95] },
  },
  {
    name: "ism: unknown debt ratio at the margin",
    ruleset: "miit-2026",
    facts: merge(noDirect, sixty, { finance: { totalAssets: null, totalLiabilities: null } }),
    outcomes: { "ism.score": "unknown", "ism.direct": "not_met" },
    score: { "innovative-sme": [50, 60] },
    verdicts: { "innovative-sme": "undetermined" },
  },
  {
    name: 'ism: debt ratio exactly 75 % scores 0 ("75%以上" takes 75)',
    ruleset: "miit-2022",
    facts: { finance: { totalLiabilities: 7500 } },
    score: { "innovative-sme": [85, 85] },
    boundaryNotes: { "ism.score": [] },
  },
  {
    name: "ism: debt ratio 74.99 % scores 5",
    ruleset: "miit-2022",
    facts: { finance: { totalLiabilities: 7499 } },
    score: { "innovative-sme": [90, 90] },
  },
  {
    name: 'ism: debt ratio exactly 55 % scores 10 ("55%以下" takes 55)',
    ruleset: "miit-2022",
    facts: { finance: { totalLiabilities: 5500 } },
    score: { "innovative-sme": [95, 95] },
  },
  {
    name: "ism: debt ratio 55.01 % scores 5",
    ruleset: "miit-2022",
    facts: { finance: { totalLiabilities: 5501 } },
    score: { "innovative-sme": [90, 90] },
  },
  // Main-revenue growth of y1 over y2 (10000): "15%以上" 20; 10-15 % 15; 5-10 % 10; 0-5 % 5; below 0 nothing.
  {
    name: "ism: main-revenue growth exactly 15 % scores 20",
    ruleset: "miit-2026",
    facts: { finance: { mainRevenue: { y1: 11500, y2: 10000 } } },
    score: { "innovative-sme": [100, 100] },
    boundaryNotes: { "ism.score": [] },
  },
  {
    name: "ism: main-revenue growth 14.99 % scores 15",
    ruleset: "miit-2026",
    facts: { finance: { mainRevenue: { y1: 11499, y2: 10000 } } },
    score: { "innovative-sme": [95, 95] },
  },
  {
    name: "ism: main-revenue growth exactly 10 % scores 15, a shared bound noted",
    ruleset: "miit-2022",
    facts: { finance: { mainRevenue: { y1: 11000, y2: 10000 } } },
    score: { "innovative-sme": [95, 95] },
    boundaryNotes: { "ism.score": ["mainRevenueGrowthY1"] },
  },
  {
    name: "ism: main-revenue growth 9.99 % scores 10",
    ruleset: "miit-2022",
    facts: { finance: { mainRevenue: { y1: 10999, y2: 10000 } } },
    score: { "innovative-sme": [90, 90] },
  },
  {
    name: "ism: main-revenue growth exactly 5 % scores 10",
    ruleset: "miit-2022",
    facts: { finance: { mainRevenue: { y1: 10500, y2: 10000 } } },
    score: { "innovative-sme": [90, 90] },
    boundaryNotes: { "ism.score": ["mainRevenueGrowthY1"] },
  },
  {
    name: "ism: main-revenue growth 4.99 % scores 5",
    ruleset: "miit-2022",
    facts: { finance: { mainRevenue: { y1: 10499, y2: 10000 } } },
    score: { "innovative-sme": [85, 85] },
  },
  {
    name: "ism: main-revenue growth exactly 0 % scores 5",
    ruleset: "miit-2022",
    facts: { finance: { mainRevenue: { y1: 10000, y2: 10000 } } },
    score: { "innovative-sme": [85, 85] },
    boundaryNotes: { "ism.score": ["mainRevenueGrowthY1"] },
  },
  {
    name: "ism: main revenue shrinking 0.01 % scores nothing",
    ruleset: "miit-2022",
    facts: { finance: { mainRevenue: { y1: 9999, y2: 10000 } } },
    score: { "innovative-sme": [80, 80] },
  },
  {
    // The old bands gave 5 points here (growth group 15, met); the text gives none.
    name: "ism: main revenue shrinking 5 % leaves the growth group under its 15",
    ruleset: "miit-2022",
    facts: merge(noDirect, { finance: { mainRevenue: { y1: 9500, y2: 10000 } } }),
    outcomes: { "ism.score": "not_met", "ism.direct": "not_met" },
    score: { "innovative-sme": [80, 80] },
    verdicts: { "innovative-sme": "not_eligible" },
    gaps: { "ism.score": { metric: "score.growth", shortfall: 5 } },
  },
  {
    // The old bands gave 15 at 15 %, leaving this firm at 55; the text's "15%以上" gives 20.
    // IP 5 + R&D 3 % 15 | growth 15 % 20 + debt 60 % 5 | field 5 + share 57.5 % 10.
    name: "ism: growth exactly 15 % lifts a 55-point firm to 60",
    ruleset: "miit-2022",
    facts: merge(noDirect, sixty, {
      ip: { classOne: 0, classOneHighValue: 0, classOneSelfDeveloped: 0, classTwo: 1 },
      finance: { mainRevenue: { y1: 6900, y2: 6000, y3: 5800 }, totalLiabilities: 6000 },
    }),
    outcomes: { "ism.score": "met" },
    score: { "innovative-sme": [60, 60] },
    verdicts: { "innovative-sme": "eligible" },
    boundaryNotes: { "ism.score": ["rdIntensityY1"] },
  },
];
