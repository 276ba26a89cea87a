import { z } from "zod";
import {
  CHAIN_ROLES,
  CYBER_FIELDS,
  INDUSTRY_TRACKS,
  MAKER_CHINA,
  RD_INSTITUTIONS,
  SCIENCE_AWARDS,
  SIX_FOUNDATIONS,
  TEN_SECTORS,
} from "./enums";
import {
  choice,
  choices,
  count,
  flag,
  group,
  industryCode,
  isoDate,
  money,
  percent,
  province,
  rangedInt,
  ranged,
  rank,
  signedMoney,
  text,
  threeYears,
  twoYears,
  uscc,
} from "./fields";
import { factsCrossChecks } from "./checks";

// criteria.md section 1, field for field. Money in 万元, percent 0..100.
export const factsObject = z.object(
  {
    assessmentYear: rangedInt(2000, 2100, "year_range"),
    review: flag(),
    company: group({
      name: text(),
      uscc: uscc(),
      province: province(),
      industryCode: industryCode(),
      legalPerson: flag(),
      foundedOn: isoDate(),
    }),
    standing: group({
      abnormalList: flag(),
      dishonestList: flag(),
      restrictedProducts: flag(),
      majorIncident3y: flag(),
    }),
    titles: group({
      innovativeSme: flag(),
      specializedSme: flag(),
      highTech: flag(),
      singleItemChampion: flag(),
      affiliatedWithLittleGiant: flag(),
    }),
    finance: group({
      revenue: threeYears(money),
      mainRevenue: threeYears(money),
      netProfit: threeYears(signedMoney),
      totalAssets: money(),
      totalLiabilities: money(),
      rdExpense: twoYears(money),
      equityFinancing2y: money(),
      equityFinancing3y: money(),
    }),
    people: group({
      employees: count(),
      rdStaff: count(),
    }),
    market: group({
      nicheYears: count(),
      shareDomestic: percent(),
      shareInternational: percent(),
      nationalRank: rank(),
      ownBrand: flag(),
    }),
    ip: group({
      classOne: count(),
      classOneHighValue: count(),
      classOneSelfDeveloped: count(),
      classTwo: count(),
      inventionPatents: count(),
    }),
    innovation: group({
      rdInstitution: choice(RD_INSTITUTIONS),
      scienceAward: choice(SCIENCE_AWARDS),
      makerChina: choice(MAKER_CHINA),
    }),
    management: group({
      digitalLevel: rangedInt(0, 4, "digital_level_range"),
      coreProcessOnInfoSystem: flag(),
      qualityCertification: flag(),
      overseasProductCertification: flag(),
      qualityAward: flag(),
      standardsDrafted: flag(),
      timeHonouredBrand: flag(),
    }),
    field: group({
      sixFoundations: choices(SIX_FOUNDATIONS),
      tenSectors: choices(TEN_SECTORS),
      cyberFields: choices(CYBER_FIELDS),
      industryTrack: choice(INDUSTRY_TRACKS),
      strategicEmerging: flag(),
      keyChainLink: flag(),
      chainRoles: choices(CHAIN_ROLES),
      suppliesChainLeader: flag(),
    }),
    scores: group({
      development: ranged(0, 100, "score_range"),
      developmentPrev: ranged(0, 100, "score_range"),
      provincialLocal: ranged(0, 15, "provincial_local_range"),
    }),
  },
  { error: "expected_object" },
);

/**
 * The full facts schema: factsObject plus the cross-field checks. zod refuses .pick()/.omit() on a
 * refined object, so derive per-step schemas from factsObject (or factsSchema.shape) and add
 * factsCrossChecks where a step holds both fields of a check.
 */
export const factsSchema = factsObject.superRefine(factsCrossChecks, { when: () => true });

export type Facts = z.output<typeof factsObject>;
export type FactsInput = z.input<typeof factsObject>;
