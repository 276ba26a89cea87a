import type { Case } from "./types";

// miit-2018 (historical, little-giant only).

const R = "miit-2018";

export const miit2018Cases: Case[] = [
  {
    name: "lg18: no specialized-SME title",
    ruleset: R,
    facts: { titles: { specializedSme: false } },
    outcomes: { "lg.prior-title": "not_met" },
    verdicts: { "little-giant": "not_eligible" },
  },
  {
    name: "lg18: founded exactly 3 years before the end of y1",
    ruleset: R,
    facts: { company: { foundedOn: "2022-12-31" } },
    outcomes: { "lg.operating-years": "met" },
    values: { "lg.operating-years": { operatingYears: 3 } },
  },
  {
    name: "lg18: founded a day later",
    ruleset: R,
    facts: { company: { foundedOn: "2023-01-01" } },
    outcomes: { "lg.operating-years": "not_met" },
    gaps: {
      "lg.operating-years": {
        metric: "operatingYears",
        shortfall: 1,
        en: "Years in business is 1 year(s) short of 3 years",
      },
    },
  },
  {
    name: "lg18: assessment year unknown",
    ruleset: R,
    facts: { assessmentYear: null },
    outcomes: { "lg.operating-years": "unknown" },
  },
  {
    name: "lg18: main-revenue growth exactly 10 %, profit growth lower",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 10890, y2: 9900, y3: 9000 }, netProfit: { y1: 1100, y2: 1050, y3: 1000 } } },
    outcomes: { "lg.growth": "met" },
  },
  {
    name: "lg18: both growth rates under 10 %",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 10889, y2: 9900, y3: 9000 }, netProfit: { y1: 1100, y2: 1050, y3: 1000 } } },
    outcomes: { "lg.growth": "not_met" },
    gaps: { "lg.growth": { metric: "mainRevenueGrowthAvg2y", shortfall: 0.01 } },
  },
  {
    name: "lg18: profit growth carries it",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 9900, y2: 9900, y3: 9900 }, netProfit: { y1: 1210, y2: 1100, y3: 1000 } } },
    outcomes: { "lg.growth": "met" },
  },
  {
    name: "lg18: a loss turning into profit counts as growth",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 9900, y2: 9900, y3: 9900 }, netProfit: { y1: 300, y2: 100, y3: -100 } } },
    outcomes: { "lg.growth": "met" },
    values: { "lg.growth": { netProfitGrowthAvg2y: 200 } },
  },
  {
    name: "lg18: debt ratio exactly 70 %",
    ruleset: R,
    facts: { finance: { totalLiabilities: 7000 } },
    outcomes: { "lg.debt-ratio": "met" },
  },
  {
    name: "lg18: debt ratio 70.01 %",
    ruleset: R,
    facts: { finance: { totalLiabilities: 7001 } },
    outcomes: { "lg.debt-ratio": "not_met" },
  },
  {
    name: "lg18: niche years 2",
    ruleset: R,
    facts: { market: { nicheYears: 2 } },
    outcomes: { "lg.niche-years": "not_met" },
  },
  {
    name: "lg18: main share exactly 70 %",
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 8400 } } },
    outcomes: { "lg.main-business-share": "met" },
  },
  {
    name: "lg18: domestic share 9.99 %",
    ruleset: R,
    facts: { market: { shareDomestic: 9.99 } },
    outcomes: { "lg.market-share": "not_met" },
  },
  {
    name: "lg18: exactly 2 invention patents",
    ruleset: R,
    facts: { ip: { inventionPatents: 2, classTwo: 0 } },
    outcomes: { "lg.ip": "met" },
  },
  {
    name: "lg18: 1 patent and 5 Class II items",
    ruleset: R,
    facts: { ip: { inventionPatents: 1, classTwo: 5 } },
    outcomes: { "lg.ip": "met" },
  },
  {
    name: "lg18: 1 patent and 4 Class II items",
    ruleset: R,
    facts: { ip: { inventionPatents: 1, classTwo: 4 } },
    outcomes: { "lg.ip": "not_met" },
    gaps: { "lg.ip": { metric: "ip.inventionPatents", shortfall: 1, zh: "有效发明专利还需增加 1 项才能达到 2 项" } },
  },
  {
    name: "lg18: no R&D institution",
    ruleset: R,
    facts: { innovation: { rdInstitution: "none" } },
    outcomes: { "lg.rd-institution": "not_met" },
  },
  {
    name: "lg18: a below-municipal institution counts",
    ruleset: R,
    facts: { innovation: { rdInstitution: "below-municipal" } },
    outcomes: { "lg.rd-institution": "met" },
  },
  {
    name: "lg18: no information system",
    ruleset: R,
    facts: { management: { coreProcessOnInfoSystem: false } },
    outcomes: { "lg.info-system": "not_met" },
  },
  {
    name: "lg18: own brand unknown",
    ruleset: R,
    facts: { market: { ownBrand: null } },
    outcomes: { "lg.brand": "unknown" },
  },
  {
    name: "lg18: overseas certification does not count",
    ruleset: R,
    facts: { management: { qualityCertification: false, overseasProductCertification: true } },
    outcomes: { "lg.certification": "not_met" },
  },
  {
    name: "lg18: middle revenue class at 5 %",
    ruleset: R,
    facts: { finance: { revenue: { y1: 6000 }, mainRevenue: { y1: 5700 }, rdExpense: { y1: 300, y2: 660 } } },
    outcomes: { "lg.classified": "not_met" },
    gaps: { "lg.classified": { metric: "finance.rdExpense.y1", shortfall: 60 } },
  },
  {
    name: "lg18: a cyber field alone does not count",
    ruleset: R,
    facts: { field: { sixFoundations: [], tenSectors: [], cyberFields: ["network-security"] } },
    outcomes: { "lg.field": "not_met" },
  },
  {
    name: "lg18: a key sector alone counts",
    ruleset: R,
    facts: { field: { sixFoundations: [], tenSectors: ["rail"] } },
    outcomes: { "lg.field": "met" },
  },
];
