import type { Case } from "./types";

// miit-2026 little-giant (工信部企业〔2026〕2号 attachment 2): both sides of each threshold, exact
// boundaries, unknown inputs and review mode (复核). Base: revenue 12000/11000/10000, R&D 720/660.

const R = "miit-2026";

export const lg2026Cases: Case[] = [
  {
    name: "lg: no specialized-SME title",
    ruleset: R,
    facts: { titles: { specializedSme: false } },
    outcomes: { "lg.prior-title": "not_met" },
    verdicts: { "little-giant": "not_eligible", "specialized-sme": "undetermined" },
  },
  {
    name: "lg: revenue exactly 5000",
    ruleset: R,
    facts: { finance: { revenue: { y1: 5000 }, mainRevenue: { y1: 4750 } } },
    outcomes: { "lg.revenue": "met" },
  },
  {
    name: "lg: revenue 4999",
    ruleset: R,
    facts: { finance: { revenue: { y1: 4999 }, mainRevenue: { y1: 4750 } } },
    outcomes: { "lg.revenue": "not_met" },
    gaps: {
      "lg.revenue": {
        metric: "finance.revenue.y1",
        shortfall: 1,
        zh: "2025年营业收入需增加 1 万元才能达到 5,000 万元",
        en: "Operating revenue in 2025 must rise by 1 万元 to reach 5,000 万元",
      },
    },
  },
  {
    name: "lg: main share exactly 90 %",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 10800 } } },
    outcomes: { "lg.main-business-share": "met" },
  },
  {
    name: "lg: main share 89.99 %",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 10798.8 } } },
    outcomes: { "lg.main-business-share": "not_met" },
  },
  {
    name: "lg: CAGR exactly 5 %",
    ruleset: R,
    facts: { finance: { revenue: { y1: 11025, y3: 10000 }, mainRevenue: { y1: 10500 } } },
    outcomes: { "lg.growth": "met" },
    values: { "lg.growth": { revenueCagr2y: 5 } },
  },
  {
    name: "lg: CAGR just under 5 %",
    ruleset: R,
    facts: { finance: { revenue: { y1: 11024 }, mainRevenue: { y1: 10500 } } },
    outcomes: { "lg.growth": "not_met" },
    gaps: { "lg.growth": { metric: "revenueCagr2y", shortfall: 0.01, actual: 5, required: 5 } },
    verdicts: { "little-giant": "not_eligible" },
  },
  {
    name: "review: growth does not apply",
    ruleset: R,
    facts: { review: true, finance: { revenue: { y1: 10000 }, mainRevenue: { y1: 9500 } } },
    outcomes: { "lg.growth": "not_applicable" },
    verdicts: { "little-giant": "eligible" },
  },
  {
    name: "review unknown: flat revenue is undecided",
    ruleset: R,
    facts: { review: null, finance: { revenue: { y1: 10000 }, mainRevenue: { y1: 9500 } } },
    outcomes: { "lg.growth": "unknown" },
    verdicts: { "little-giant": "undetermined" },
  },
  {
    name: "review unknown: growth met either way",
    ruleset: R,
    facts: { review: null },
    outcomes: { "lg.growth": "met" },
    verdicts: { "little-giant": "eligible" },
  },
  {
    name: "lg: CAGR unknown without y3",
    ruleset: R,
    facts: { finance: { revenue: { y3: null } } },
    outcomes: { "lg.growth": "unknown" },
  },
  {
    name: "lg: debt ratio exactly 75 %",
    ruleset: R,
    facts: { finance: { totalLiabilities: 7500 } },
    outcomes: { "lg.debt-ratio": "met" },
  },
  {
    name: "lg: debt ratio 75.01 %",
    ruleset: R,
    facts: { finance: { totalLiabilities: 7501 } },
    outcomes: { "lg.debt-ratio": "not_met" },
  },
  {
    name: "lg: R&D total exactly 1200",
    ruleset: R,
    facts: { finance: { rdExpense: { y1: 600, y2: 600 } } },
    outcomes: { "lg.rd-total": "met" },
  },
  {
    name: "lg: R&D total 1199",
    ruleset: R,
    facts: { finance: { rdExpense: { y1: 600, y2: 599 } } },
    outcomes: { "lg.rd-total": "not_met" },
    gaps: {
      "lg.rd-total": {
        metric: "rdExpenseTotal2y",
        shortfall: 1,
        zh: "近2年研发费用总额需增加 1 万元才能达到 1,200 万元",
      },
    },
  },
  {
    name: "lg: R&D total reached by y1 alone",
    ruleset: R,
    facts: { finance: { rdExpense: { y1: 1300, y2: null } } },
    outcomes: { "lg.rd-total": "met", "lg.rd-intensity": "unknown" },
  },
  {
    name: "lg: R&D total unknown",
    ruleset: R,
    facts: { finance: { rdExpense: { y1: 500, y2: null } } },
    outcomes: { "lg.rd-total": "unknown" },
  },
  {
    name: "lg: R&D intensity of y2 exactly 3 %",
    ruleset: R,
    facts: { finance: { rdExpense: { y1: 900, y2: 330 } } },
    outcomes: { "lg.rd-intensity": "met", "lg.rd-total": "met" },
  },
  { name: "lg: exactly 4 Class I IP", ruleset: R, facts: { ip: { classOne: 4 } }, outcomes: { "lg.ip": "met" } },
  {
    name: "lg: 3 Class I IP and a national award not in the top 3",
    ruleset: R,
    facts: { ip: { classOne: 3 }, innovation: { scienceAward: "national" } },
    outcomes: { "lg.ip": "not_met" },
    gaps: { "lg.ip": { metric: "ip.classOne", shortfall: 1 } },
  },
  {
    name: "lg: 3 Class I IP and a national top-3 award",
    ruleset: R,
    facts: { ip: { classOne: 3 }, innovation: { scienceAward: "national-top3" } },
    outcomes: { "lg.ip": "met" },
  },
  {
    name: "lg: domestic share exactly 10 %",
    ruleset: R,
    facts: { market: { shareDomestic: 10, shareInternational: 0, nationalRank: 9 } },
    outcomes: { "lg.market-position": "met" },
  },
  {
    name: "lg: international share exactly 10 %",
    ruleset: R,
    facts: { market: { shareDomestic: 9.99, shareInternational: 10, nationalRank: 9 } },
    outcomes: { "lg.market-position": "met" },
  },
  {
    name: "lg: rank 3",
    ruleset: R,
    facts: { market: { shareDomestic: 9.99, shareInternational: 9.99, nationalRank: 3 } },
    outcomes: { "lg.market-position": "met" },
  },
  {
    name: "lg: rank 4 and shares under 10 %",
    ruleset: R,
    facts: { market: { shareDomestic: 9.99, shareInternational: 9.99, nationalRank: 4 } },
    outcomes: { "lg.market-position": "not_met" },
    gaps: {
      "lg.market-position": {
        metric: "market.shareDomestic",
        shortfall: 0.01,
        zh: "全国细分市场占有率需提高 0.01 个百分点才能达到 10%",
      },
    },
  },
  {
    name: "lg: market position unknown",
    ruleset: R,
    facts: { market: { shareDomestic: null, shareInternational: 5, nationalRank: null } },
    outcomes: { "lg.market-position": "unknown" },
  },
  {
    name: "lg: no foundation field and no track",
    ruleset: R,
    facts: { field: { sixFoundations: [], industryTrack: "none" } },
    outcomes: { "lg.field": "not_met" },
    gaps: { "lg.field": null },
  },
  {
    name: "lg: future industry without a foundation field",
    ruleset: R,
    facts: { field: { sixFoundations: [], industryTrack: "future" } },
    outcomes: { "lg.field": "met" },
  },
  {
    name: "lg: not at a key chain link",
    ruleset: R,
    facts: { field: { keyChainLink: false } },
    outcomes: { "lg.field": "not_met" },
  },
  {
    name: "lg: field unknown",
    ruleset: R,
    facts: { field: { sixFoundations: null, industryTrack: "none" } },
    outcomes: { "lg.field": "unknown" },
  },
  {
    name: "lg: development score exactly 60",
    ruleset: R,
    facts: { scores: { development: 60 } },
    outcomes: { "lg.development-score": "met" },
  },
  {
    name: "lg: single-item champion excluded",
    ruleset: R,
    facts: { titles: { singleItemChampion: true } },
    outcomes: { "lg.exclusions": "not_met" },
    verdicts: { "little-giant": "not_eligible" },
  },
  {
    name: "lg: affiliation unknown",
    ruleset: R,
    facts: { titles: { affiliatedWithLittleGiant: null } },
    outcomes: { "lg.exclusions": "unknown" },
    verdicts: { "little-giant": "undetermined" },
  },
  // The 2026 annual notice: the exclusions apply to new applications only ("不再推荐新申请").
  {
    name: "lg: a single-item champion in review is not excluded",
    ruleset: R,
    facts: { review: true, titles: { singleItemChampion: true } },
    outcomes: { "lg.exclusions": "not_applicable" },
    verdicts: { "little-giant": "eligible" },
  },
  {
    name: "lg: an affiliate in review is not excluded either",
    ruleset: R,
    facts: { review: true, titles: { affiliatedWithLittleGiant: true } },
    outcomes: { "lg.exclusions": "not_applicable" },
  },
  {
    name: "lg: a champion, review unknown: undecided",
    ruleset: R,
    facts: { review: null, titles: { singleItemChampion: true } },
    outcomes: { "lg.exclusions": "unknown" },
  },
  {
    name: "lg: no exclusion, review unknown: met either way",
    ruleset: R,
    facts: { review: null },
    outcomes: { "lg.exclusions": "met" },
  },
];
