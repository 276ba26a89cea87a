import type { Facts } from "@/lib/criteria";

// The template's example firms (invented; every name begins with 示例): one near the Little Giant
// with every answer, one smaller with answers left empty for "don't know".

const near = {
  assessmentYear: 2026,
  review: false,
  company: {
    name: "示例精密传动有限公司",
    uscc: "91350100M000100Y43",
    province: "32",
    industryCode: "C3484",
    legalPerson: true,
    foundedOn: "2012-05-18",
  },
  standing: { abnormalList: false, dishonestList: false, restrictedProducts: false, majorIncident3y: false },
  titles: { innovativeSme: true, specializedSme: true, highTech: true, techSme: false, singleItemChampion: false },
  finance: {
    revenue: { y1: 12000, y2: 11000, y3: 10000 },
    mainRevenue: { y1: 11400, y2: 10300, y3: 9200 },
    netProfit: { y1: 1300, y2: 1150, y3: 1000 },
    totalAssets: 10000,
    totalLiabilities: 4000,
    rdExpense: { y1: 540, y2: 500 },
    equityFinancing3y: 0,
  },
  people: { employees: 260, rdStaff: 60 },
  market: { nicheYears: 12, shareDomestic: 18, nationalRank: 2, ownBrand: true },
  ip: { classOne: 3, classTwo: 25 },
  innovation: { rdInstitution: "provincial", scienceAward: "provincial", makerChina: "none" },
  management: { digitalLevel: 3, coreProcessOnInfoSystem: true, qualityCertification: true, standardsDrafted: true },
  field: {
    sixFoundations: ["core-components", "key-materials"],
    industryTrack: "traditional",
    strategicEmerging: true,
    keyChainLink: true,
    chainRoles: ["fill-weak-link"],
  },
  scores: { development: 72 },
} satisfies Facts;

const smaller = {
  assessmentYear: 2026,
  review: false,
  company: { name: "示例新材料科技有限公司", province: "33", industryCode: "C2661", legalPerson: true },
  standing: { abnormalList: false, dishonestList: false },
  titles: { innovativeSme: true, specializedSme: false },
  finance: {
    revenue: { y1: 2600, y2: 2100, y3: 1800 },
    mainRevenue: { y1: 2300, y2: 1900, y3: 1600 },
    totalAssets: 3000,
    totalLiabilities: 1500,
    rdExpense: { y1: 90, y2: 70 },
  },
  people: { employees: 80, rdStaff: 15 },
  market: { nicheYears: 4 },
  ip: { classOne: 1, classTwo: 6 },
  innovation: { rdInstitution: "municipal" },
} satisfies Facts;

export const EXAMPLE_FIRMS: readonly Facts[] = [near, smaller];
