import type { Case } from "./types";

// The historical Little Giant rule sets (little-giant only): miit-2018, batch 1 under 381号, and
// miit-2020, batches 2 and 3. The conditions both share are checked under each; then what differs
// (the revenue window and 10 % growth of 2018; 5 % growth and the revenue classes of 2020).

const R = "miit-2018";

const shared = (R: "miit-2018" | "miit-2020", tag: string): Case[] => [
  {
    name: `${tag}: no specialized-SME title`,
    ruleset: R,
    facts: { titles: { specializedSme: false } },
    outcomes: { "lg.prior-title": "not_met" },
    verdicts: { "little-giant": "not_eligible" },
  },
  {
    name: `${tag}: founded exactly 3 years before the end of y1`,
    ruleset: R,
    facts: { company: { foundedOn: "2022-12-31" } },
    outcomes: { "lg.operating-years": "met" },
    values: { "lg.operating-years": { operatingYears: 3 } },
  },
  {
    name: `${tag}: founded a day later`,
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
    name: `${tag}: assessment year unknown`,
    ruleset: R,
    facts: { assessmentYear: null },
    outcomes: { "lg.operating-years": "unknown" },
  },
  {
    name: `${tag}: debt ratio exactly 70 %`,
    ruleset: R,
    facts: { finance: { totalLiabilities: 7000 } },
    outcomes: { "lg.debt-ratio": "met" },
  },
  {
    name: `${tag}: debt ratio 70.01 %`,
    ruleset: R,
    facts: { finance: { totalLiabilities: 7001 } },
    outcomes: { "lg.debt-ratio": "not_met" },
  },
  {
    name: `${tag}: niche years 2`,
    ruleset: R,
    facts: { market: { nicheYears: 2 } },
    outcomes: { "lg.niche-years": "not_met" },
  },
  {
    name: `${tag}: main share exactly 70 %`,
    ruleset: R,
    facts: { finance: { mainRevenue: { y1: 8400 } } },
    outcomes: { "lg.main-business-share": "met" },
  },
  {
    name: `${tag}: exactly 2 invention patents`,
    ruleset: R,
    facts: { ip: { inventionPatents: 2, classTwo: 0 } },
    outcomes: { "lg.ip": "met" },
  },
  {
    name: `${tag}: 1 patent and 5 Class II items`,
    ruleset: R,
    facts: { ip: { inventionPatents: 1, classTwo: 5 } },
    outcomes: { "lg.ip": "met" },
  },
  {
    name: `${tag}: 1 patent and 4 Class II items`,
    ruleset: R,
    facts: { ip: { inventionPatents: 1, classTwo: 4 } },
    outcomes: { "lg.ip": "not_met" },
    gaps: { "lg.ip": { metric: "ip.inventionPatents", shortfall: 1, zh: "有效发明专利还需增加 1 项才能达到 2 项" } },
  },
  {
    name: `${tag}: no R&D institution`,
    ruleset: R,
    facts: { innovation: { rdInstitution: "none" } },
    outcomes: { "lg.rd-institution": "not_met" },
  },
  {
    name: `${tag}: a below-municipal institution counts`,
    ruleset: R,
    facts: { innovation: { rdInstitution: "below-municipal" } },
    outcomes: { "lg.rd-institution": "met" },
  },
  {
    name: `${tag}: no information system`,
    ruleset: R,
    facts: { management: { coreProcessOnInfoSystem: false } },
    outcomes: { "lg.info-system": "not_met" },
  },
  {
    name: `${tag}: own brand unknown`,
    ruleset: R,
    facts: { market: { ownBrand: null } },
    outcomes: { "lg.brand": "unknown" },
  },
  {
    name: `${tag}: a cyber field alone does not count`,
    ruleset: R,
    facts: { field: { sixFoundations: [], tenSectors: [], cyberFields: ["network-security"] } },
    outcomes: { "lg.field": "not_met" },
  },
  {
    name: `${tag}: a key sector alone counts`,
    ruleset: R,
    facts: { field: { sixFoundations: [], tenSectors: ["rail"] } },
    outcomes: { "lg.field": "met" },
  },
  // "主导产品在细分市场占有率位于全省前3位": a provincial top three, which a national one implies.
  {
    name: `${tag}: national rank 2 needs no provincial rank, whatever the share`,
    ruleset: R,
    facts: { market: { shareDomestic: 1, nationalRank: 2, provincialRank: null } },
    outcomes: { "lg.market-share": "met" },
  },
  {
    name: `${tag}: national rank 5, third in the province`,
    ruleset: R,
    facts: { market: { nationalRank: 5, provincialRank: 3 } },
    outcomes: { "lg.market-share": "met" },
  },
  {
    name: `${tag}: national rank 5, fourth in the province`,
    ruleset: R,
    facts: { market: { nationalRank: 5, provincialRank: 4 } },
    outcomes: { "lg.market-share": "not_met" },
    gaps: { "lg.market-share": { metric: "market.provincialRank", shortfall: 1 } },
  },
  {
    name: `${tag}: national rank 5, provincial rank unknown`,
    ruleset: R,
    facts: { market: { nationalRank: 5, provincialRank: null } },
    outcomes: { "lg.market-share": "unknown" },
  },
  // "取得相关管理体系认证，或产品生产执行国际、国内、行业标准，或是产品通过发达国家和地区产品认证"
  {
    name: `${tag}: products made to a standard stand in for a certification`,
    ruleset: R,
    facts: {
      management: { qualityCertification: false, overseasProductCertification: false, productsToStandard: true },
    },
    outcomes: { "lg.certification": "met" },
  },
  {
    name: `${tag}: a product certified abroad stands in too`,
    ruleset: R,
    facts: {
      management: { qualityCertification: false, overseasProductCertification: true, productsToStandard: false },
    },
    outcomes: { "lg.certification": "met" },
  },
  {
    name: `${tag}: no certification, no standard`,
    ruleset: R,
    facts: {
      management: { qualityCertification: false, overseasProductCertification: false, productsToStandard: false },
    },
    outcomes: { "lg.certification": "not_met" },
    verdicts: { "little-giant": "not_eligible" },
  },
  {
    name: `${tag}: certification unknown, standard unknown`,
    ruleset: R,
    facts: {
      management: { qualityCertification: false, overseasProductCertification: false, productsToStandard: null },
    },
    outcomes: { "lg.certification": "unknown" },
  },
];

// miit-2018 only: "上年度企业营业收入在1亿元至4亿元之间" and 10 % growth of main revenue or profit.
const only2018: Case[] = [
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
  ...(
    [
      [10000, 9500, "met"],
      [9999, 9500, "not_met"],
      [40000, 11400, "met"],
      [40001, 11400, "not_met"],
    ] as const
  ).map(([revenue, main, outcome]): Case => ({
    name: `lg18: revenue ${revenue} 万元 is ${outcome === "met" ? "inside" : "outside"} the 1亿-4亿 window`,
    ruleset: R,
    facts: { finance: { revenue: { y1: revenue }, mainRevenue: { y1: main } } },
    outcomes: { "lg.revenue-window": outcome },
    tiers: ["little-giant"],
  })),
  {
    name: "lg18: below the window by 1 万元, the gap says so",
    ruleset: R,
    facts: { finance: { revenue: { y1: 9999 }, mainRevenue: { y1: 9500 } } },
    gaps: { "lg.revenue-window": { metric: "finance.revenue.y1", shortfall: 1 } },
    verdicts: { "little-giant": "not_eligible" },
  },
  {
    name: "lg18: no revenue classes in batch 1",
    ruleset: R,
    facts: { finance: { revenue: { y1: 10000 }, mainRevenue: { y1: 9500 }, rdExpense: { y1: 10, y2: 10 } } },
    absent: ["lg.classified"],
    outcomes: { "lg.revenue-window": "met" },
  },
];

export const miit2018Cases: Case[] = [...shared("miit-2018", "lg18"), ...shared("miit-2020", "lg20"), ...only2018];
