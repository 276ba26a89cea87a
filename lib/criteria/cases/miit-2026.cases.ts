import type { Case } from "./types";

// miit-2026 specialized-sme (little-giant in lg-2026.cases.ts): both sides of each threshold, exact boundaries,
// unknown inputs and review mode (复核). Base: revenue 12000/11000/10000, R&D 720/660.

const R = "miit-2026";

export const miit2026Cases: Case[] = [
  {
    name: "ssme: no innovative-SME title",
    ruleset: R,
    facts: { titles: { innovativeSme: false } },
    outcomes: { "ssme.prior-title": "not_met" },
    verdicts: { "specialized-sme": "not_eligible" },
  },
  {
    name: "ssme: a listed 科技型中小企业 has the prior title (科技和创新型 includes it)",
    ruleset: R,
    facts: { titles: { innovativeSme: false, techSme: true } },
    outcomes: { "ssme.prior-title": "met" },
  },
  {
    name: "ssme: no innovative-SME title, listing unknown",
    ruleset: R,
    facts: { titles: { innovativeSme: false, techSme: null } },
    outcomes: { "ssme.prior-title": "unknown" },
    verdicts: { "specialized-sme": "undetermined" },
  },
  {
    name: "ssme: niche years exactly 3",
    ruleset: R,
    facts: { market: { nicheYears: 3 } },
    outcomes: { "ssme.niche-years": "met", "lg.niche-years": "met" },
  },
  {
    name: "ssme/lg: niche years 2",
    ruleset: R,
    facts: { market: { nicheYears: 2 } },
    outcomes: { "ssme.niche-years": "not_met", "lg.niche-years": "not_met" },
    gaps: {
      "ssme.niche-years": {
        metric: "market.nicheYears",
        shortfall: 1,
        zh: "从事特定细分市场年限还差 1 年才能达到 3 年",
        en: "Years in the niche market is 1 year(s) short of 3 years",
      },
    },
  },
  {
    name: "ssme: revenue exactly 1500",
    ruleset: R,
    facts: { finance: { revenue: { y1: 1500 }, mainRevenue: { y1: 1425 } } },
    outcomes: { "ssme.scale": "met", "lg.revenue": "not_met" },
  },
  {
    name: "ssme: revenue below 1500, equity exactly 2000",
    ruleset: R,
    facts: { finance: { revenue: { y1: 1499.99 }, mainRevenue: { y1: 1425 }, equityFinancing2y: 2000 } },
    outcomes: { "ssme.scale": "met" },
  },
  {
    name: "ssme: revenue and equity both short",
    ruleset: R,
    facts: { finance: { revenue: { y1: 1499.99 }, mainRevenue: { y1: 1425 }, equityFinancing2y: 1999 } },
    outcomes: { "ssme.scale": "not_met" },
    gaps: {
      "ssme.scale": {
        metric: "finance.revenue.y1",
        shortfall: 0.01,
        zh: "2025年营业收入需增加 0.01 万元才能达到 1,500 万元",
      },
    },
  },
  {
    name: "ssme: main share exactly 80 %",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 9600 } } },
    outcomes: { "ssme.main-business-share": "met", "lg.main-business-share": "not_met" },
    values: { "ssme.main-business-share": { mainBusinessShare: 80 } },
  },
  {
    name: "ssme: main share 79.99 %",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 9598.8 } } },
    outcomes: { "ssme.main-business-share": "not_met" },
    gaps: { "ssme.main-business-share": { metric: "mainBusinessShare", actual: 79.99, required: 80, shortfall: 0.01 } },
  },
  {
    name: "ssme: debt ratio exactly 80 %",
    ruleset: R,
    facts: { finance: { totalLiabilities: 8000 } },
    outcomes: { "ssme.debt-ratio": "met", "lg.debt-ratio": "not_met" },
  },
  {
    name: "ssme: debt ratio 80.01 %",
    ruleset: R,
    facts: { finance: { totalLiabilities: 8001 } },
    outcomes: { "ssme.debt-ratio": "not_met" },
    gaps: {
      "ssme.debt-ratio": {
        metric: "debtRatio",
        shortfall: 0.01,
        zh: "资产负债率需降低 0.01 个百分点才能不高于 80%",
        en: "Debt ratio must fall by 0.01 percentage points to 80% or less",
      },
    },
  },
  {
    name: "ssme: debt ratio unknown without assets and liabilities",
    ruleset: R,
    facts: { finance: { totalAssets: null, totalLiabilities: null } },
    outcomes: { "ssme.debt-ratio": "unknown", "lg.debt-ratio": "unknown" },
  },
  {
    name: "ssme: R&D exactly 3 % in y1",
    ruleset: R,
    facts: { finance: { rdExpense: { y1: 360 } } },
    outcomes: { "ssme.rd": "met", "lg.rd-intensity": "met" },
    values: { "ssme.rd": { rdIntensityY1: 3 } },
  },
  {
    name: "ssme: R&D of y2 under 100 万元",
    ruleset: R,
    facts: { finance: { revenue: { y2: 3000 }, mainRevenue: { y2: 2900 }, rdExpense: { y2: 99.99 } } },
    outcomes: { "ssme.rd": "not_met" },
    gaps: {
      "ssme.rd": {
        metric: "finance.rdExpense.y2",
        shortfall: 0.01,
        zh: "2024年研发费用需增加 0.01 万元才能达到 100 万元",
      },
    },
  },
  {
    name: "ssme/lg: R&D intensity 2.3 % on 9,000 万元 needs 63 万元",
    ruleset: R,
    facts: { finance: { revenue: { y1: 9000 }, mainRevenue: { y1: 8550 }, rdExpense: { y1: 207 } } },
    outcomes: { "ssme.rd": "not_met", "lg.rd-intensity": "not_met" },
    gaps: {
      "ssme.rd": {
        metric: "finance.rdExpense.y1",
        actual: 207,
        required: 270,
        shortfall: 63,
        zh: "2025年研发费用需增加 63 万元才能达到 3%",
        en: "R&D expenditure in 2025 must rise by 63 万元 to reach 3%",
      },
      "lg.rd-intensity": { metric: "finance.rdExpense.y1", shortfall: 63 },
    },
  },
  {
    name: "ssme: year labels without an assessment year",
    ruleset: R,
    facts: {
      assessmentYear: null,
      finance: { revenue: { y1: 9000 }, mainRevenue: { y1: 8550 }, rdExpense: { y1: 207 } },
    },
    gaps: {
      "ssme.rd": {
        metric: "finance.rdExpense.y1",
        zh: "上年度研发费用需增加 63 万元才能达到 3%",
        en: "R&D expenditure last year must rise by 63 万元 to reach 3%",
      },
    },
  },
  {
    name: "ssme: intensity of y2 2.99 %",
    ruleset: R,
    facts: { finance: { rdExpense: { y2: 328.9 } } },
    outcomes: { "ssme.rd": "not_met", "lg.rd-intensity": "not_met" },
  },
  {
    name: "ssme: R&D of y2 unknown",
    ruleset: R,
    facts: { finance: { rdExpense: { y2: null } } },
    outcomes: { "ssme.rd": "unknown", "lg.rd-intensity": "unknown", "lg.rd-total": "unknown" },
  },
  {
    name: "ssme: no IP, award or institution",
    ruleset: R,
    facts: {
      ip: { classOne: 0, classOneHighValue: 0, classOneSelfDeveloped: 0 },
      innovation: { scienceAward: "provincial", rdInstitution: "municipal" },
    },
    outcomes: { "ssme.ip": "not_met", "lg.ip": "not_met" },
    gaps: { "ssme.ip": { metric: "ip.classOne", shortfall: 1, zh: "Ⅰ类知识产权还需增加 1 项才能达到 1 项" } },
  },
  {
    name: "ssme: provincial top-3 award instead of IP",
    ruleset: R,
    facts: { ip: { classOne: 0 }, innovation: { scienceAward: "provincial-top3", rdInstitution: "none" } },
    outcomes: { "ssme.ip": "met" },
  },
  {
    name: "ssme: national institution instead of IP",
    ruleset: R,
    facts: { ip: { classOne: 0 }, innovation: { scienceAward: "none", rdInstitution: "national" } },
    outcomes: { "ssme.ip": "met" },
  },
  {
    name: "ssme: IP unknown, no award or institution",
    ruleset: R,
    facts: { ip: { classOne: null }, innovation: { scienceAward: "none", rdInstitution: "none" } },
    outcomes: { "ssme.ip": "unknown", "lg.ip": "unknown" },
  },
  {
    name: "ssme: market share is manual even with numbers",
    ruleset: R,
    facts: { market: { shareDomestic: 60 } },
    outcomes: { "ssme.market-share": "manual" },
    verdicts: { "specialized-sme": "undetermined" },
  },
  {
    name: "ssme: development score exactly 50",
    ruleset: R,
    facts: { scores: { development: 50 } },
    outcomes: { "ssme.development-score": "met", "lg.development-score": "not_met" },
  },
  {
    name: "ssme: development score 49.9",
    ruleset: R,
    facts: { scores: { development: 49.9 } },
    outcomes: { "ssme.development-score": "not_met" },
    gaps: {
      "ssme.development-score": {
        metric: "scores.development",
        shortfall: 0.1,
        zh: "本年度专精特新发展评价得分需提高 0.1 分才能达到 50 分",
      },
    },
  },
  {
    name: "review: last year's development score suffices",
    ruleset: R,
    facts: { review: true, scores: { development: 45, developmentPrev: 60 } },
    outcomes: { "ssme.development-score": "met", "lg.development-score": "met" },
  },
  {
    name: "new application: last year's score does not count",
    ruleset: R,
    facts: { review: false, scores: { development: 45, developmentPrev: 60 } },
    outcomes: { "ssme.development-score": "not_met", "lg.development-score": "not_met" },
  },
  {
    name: "review unknown: the score depends on it",
    ruleset: R,
    facts: { review: null, scores: { development: 45, developmentPrev: 60 } },
    outcomes: { "ssme.development-score": "unknown", "lg.development-score": "unknown" },
  },
  {
    name: "review unknown: this year's score passes anyway",
    ruleset: R,
    facts: { review: null, scores: { development: 61, developmentPrev: null } },
    outcomes: { "ssme.development-score": "met", "lg.development-score": "met" },
  },
  {
    name: "review: both years short",
    ruleset: R,
    facts: { review: true, scores: { development: 40, developmentPrev: 45 } },
    outcomes: { "ssme.development-score": "not_met", "lg.development-score": "not_met" },
  },
];
