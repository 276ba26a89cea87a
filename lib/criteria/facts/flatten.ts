import type { Facts } from "./schema";
import type {
  ChainRole,
  CyberField,
  IndustryTrack,
  MakerChina,
  RdInstitution,
  ScienceAward,
  SixFoundation,
  TenSector,
} from "./enums";

// The engine's view of the facts: one flat record in which a missing key and null are the same
// "don't know" (null). Built once per evaluation; rules read nothing else.

export interface FlatFacts {
  assessmentYear: number | null;
  review: boolean | null;
  industryCode: string | null;
  legalPerson: boolean | null;
  foundedOn: string | null;
  abnormalList: boolean | null;
  dishonestList: boolean | null;
  restrictedProducts: boolean | null;
  majorIncident3y: boolean | null;
  innovativeSme: boolean | null;
  specializedSme: boolean | null;
  highTech: boolean | null;
  singleItemChampion: boolean | null;
  affiliatedWithLittleGiant: boolean | null;
  revenueY1: number | null;
  revenueY2: number | null;
  revenueY3: number | null;
  mainRevenueY1: number | null;
  mainRevenueY2: number | null;
  mainRevenueY3: number | null;
  netProfitY1: number | null;
  netProfitY2: number | null;
  netProfitY3: number | null;
  totalAssets: number | null;
  totalLiabilities: number | null;
  rdExpenseY1: number | null;
  rdExpenseY2: number | null;
  equityFinancing2y: number | null;
  equityFinancing3y: number | null;
  employees: number | null;
  rdStaff: number | null;
  nicheYears: number | null;
  shareDomestic: number | null;
  shareInternational: number | null;
  nationalRank: number | null;
  ownBrand: boolean | null;
  classOne: number | null;
  classOneHighValue: number | null;
  classOneSelfDeveloped: number | null;
  classTwo: number | null;
  inventionPatents: number | null;
  rdInstitution: RdInstitution | null;
  scienceAward: ScienceAward | null;
  makerChina: MakerChina | null;
  digitalLevel: number | null;
  coreProcessOnInfoSystem: boolean | null;
  qualityCertification: boolean | null;
  overseasProductCertification: boolean | null;
  qualityAward: boolean | null;
  standardsDrafted: boolean | null;
  timeHonouredBrand: boolean | null;
  sixFoundations: readonly SixFoundation[] | null;
  tenSectors: readonly TenSector[] | null;
  cyberFields: readonly CyberField[] | null;
  industryTrack: IndustryTrack | null;
  strategicEmerging: boolean | null;
  keyChainLink: boolean | null;
  chainRoles: readonly ChainRole[] | null;
  suppliesChainLeader: boolean | null;
  development: number | null;
  developmentPrev: number | null;
  provincialLocal: number | null;
}

export function flattenFacts(f: Facts): FlatFacts {
  const c = f.company ?? {};
  const s = f.standing ?? {};
  const t = f.titles ?? {};
  const fi = f.finance ?? {};
  const rev = fi.revenue ?? {};
  const main = fi.mainRevenue ?? {};
  const np = fi.netProfit ?? {};
  const rd = fi.rdExpense ?? {};
  const pe = f.people ?? {};
  const m = f.market ?? {};
  const ip = f.ip ?? {};
  const inn = f.innovation ?? {};
  const mg = f.management ?? {};
  const fd = f.field ?? {};
  const sc = f.scores ?? {};
  return {
    assessmentYear: f.assessmentYear ?? null,
    review: f.review ?? null,
    industryCode: c.industryCode ?? null,
    legalPerson: c.legalPerson ?? null,
    foundedOn: c.foundedOn ?? null,
    abnormalList: s.abnormalList ?? null,
    dishonestList: s.dishonestList ?? null,
    restrictedProducts: s.restrictedProducts ?? null,
    majorIncident3y: s.majorIncident3y ?? null,
    innovativeSme: t.innovativeSme ?? null,
    specializedSme: t.specializedSme ?? null,
    highTech: t.highTech ?? null,
    singleItemChampion: t.singleItemChampion ?? null,
    affiliatedWithLittleGiant: t.affiliatedWithLittleGiant ?? null,
    revenueY1: rev.y1 ?? null,
    revenueY2: rev.y2 ?? null,
    revenueY3: rev.y3 ?? null,
    mainRevenueY1: main.y1 ?? null,
    mainRevenueY2: main.y2 ?? null,
    mainRevenueY3: main.y3 ?? null,
    netProfitY1: np.y1 ?? null,
    netProfitY2: np.y2 ?? null,
    netProfitY3: np.y3 ?? null,
    totalAssets: fi.totalAssets ?? null,
    totalLiabilities: fi.totalLiabilities ?? null,
    rdExpenseY1: rd.y1 ?? null,
    rdExpenseY2: rd.y2 ?? null,
    equityFinancing2y: fi.equityFinancing2y ?? null,
    equityFinancing3y: fi.equityFinancing3y ?? null,
    employees: pe.employees ?? null,
    rdStaff: pe.rdStaff ?? null,
    nicheYears: m.nicheYears ?? null,
    shareDomestic: m.shareDomestic ?? null,
    shareInternational: m.shareInternational ?? null,
    nationalRank: m.nationalRank ?? null,
    ownBrand: m.ownBrand ?? null,
    classOne: ip.classOne ?? null,
    classOneHighValue: ip.classOneHighValue ?? null,
    classOneSelfDeveloped: ip.classOneSelfDeveloped ?? null,
    classTwo: ip.classTwo ?? null,
    inventionPatents: ip.inventionPatents ?? null,
    rdInstitution: inn.rdInstitution ?? null,
    scienceAward: inn.scienceAward ?? null,
    makerChina: inn.makerChina ?? null,
    digitalLevel: mg.digitalLevel ?? null,
    coreProcessOnInfoSystem: mg.coreProcessOnInfoSystem ?? null,
    qualityCertification: mg.qualityCertification ?? null,
    overseasProductCertification: mg.overseasProductCertification ?? null,
    qualityAward: mg.qualityAward ?? null,
    standardsDrafted: mg.standardsDrafted ?? null,
    timeHonouredBrand: mg.timeHonouredBrand ?? null,
    sixFoundations: fd.sixFoundations ?? null,
    tenSectors: fd.tenSectors ?? null,
    cyberFields: fd.cyberFields ?? null,
    industryTrack: fd.industryTrack ?? null,
    strategicEmerging: fd.strategicEmerging ?? null,
    keyChainLink: fd.keyChainLink ?? null,
    chainRoles: fd.chainRoles ?? null,
    suppliesChainLeader: fd.suppliesChainLeader ?? null,
    development: sc.development ?? null,
    developmentPrev: sc.developmentPrev ?? null,
    provincialLocal: sc.provincialLocal ?? null,
  };
}
