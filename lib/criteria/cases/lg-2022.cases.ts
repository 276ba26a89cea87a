import type { Case } from "./types";

// miit-2022 little-giant (工信部企业〔2022〕63号 attachment 3).

const R = "miit-2022";

export const lg2022Cases: Case[] = [
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
