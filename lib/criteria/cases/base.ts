import type { Facts } from "../facts/schema";

// A firm that clearly meets every tier of every rule set (miit-2026's specialized-sme tier stays
// undetermined: its market-share criterion is always manual). Cases override a few fields.
// Derived: main share 95 %, debt ratio 40 %, R&D intensity 6 % in y1 and y2, CAGR 9.54 %,
// main-revenue growth 10.68 % / 11.96 %, net margin 10.83 %, R&D staff 23.08 %.

export const USCC_SAMPLE = "91350100M000100Y43";

export const baseFacts = {
  assessmentYear: 2026,
  review: false,
  company: {
    name: "示例精密传动有限公司",
    uscc: USCC_SAMPLE,
    province: "32",
    industryCode: "C3484",
    legalPerson: true,
    foundedOn: "2012-05-18",
  },
  standing: { abnormalList: false, dishonestList: false, restrictedProducts: false, majorIncident3y: false },
  titles: {
    innovativeSme: true,
    specializedSme: true,
    highTech: true,
    techSme: false,
    otherInnovationHonour: false,
    singleItemChampion: false,
    affiliatedWithLittleGiant: false,
  },
  finance: {
    revenue: { y1: 12000, y2: 11000, y3: 10000 },
    mainRevenue: { y1: 11400, y2: 10300, y3: 9200 },
    netProfit: { y1: 1300, y2: 1150, y3: 1000 },
    totalAssets: 10000,
    totalLiabilities: 4000,
    rdExpense: { y1: 720, y2: 660 },
    equityFinancing2y: 0,
    equityFinancing3y: 0,
  },
  people: { employees: 260, rdStaff: 60 },
  market: { nicheYears: 12, shareDomestic: 18, shareInternational: 4, nationalRank: 2, ownBrand: true },
  ip: { classOne: 9, classOneHighValue: 3, classOneSelfDeveloped: 8, classTwo: 25, inventionPatents: 9 },
  innovation: { rdInstitution: "provincial", scienceAward: "provincial", makerChina: "none" },
  management: {
    digitalLevel: 3,
    coreProcessOnInfoSystem: true,
    qualityCertification: true,
    overseasProductCertification: true,
    productsToStandard: true,
    qualityAward: false,
    standardsDrafted: true,
    timeHonouredBrand: false,
  },
  field: {
    sixFoundations: ["core-components"],
    tenSectors: ["cnc-robots"],
    cyberFields: [],
    industryTrack: "traditional",
    strategicEmerging: true,
    keyChainLink: true,
    chainRoles: ["fill-weak-link"],
    suppliesChainLeader: true,
  },
  scores: { development: 72, developmentPrev: 68, provincialLocal: 10 },
} satisfies Facts;
