// The questionnaire: one topic per page, covering every fact of criteria.md section 1. The order
// is the order a finance or R&D manager can answer in; labels and help are in the catalogues
// under questions.<path> and steps.<id>.
import { getAt, type Answers } from "./answers";
import {
  CHAIN_ROLES,
  CYBER_FIELDS,
  INDUSTRY_TRACKS,
  MAKER_CHINA,
  RD_INSTITUTIONS,
  SCIENCE_AWARDS,
  SIX_FOUNDATIONS,
  TEN_SECTORS,
} from "@/lib/criteria/facts/enums";
import { field, years, type Field } from "./fields";

export type StepId =
  | "about"
  | "company"
  | "standing"
  | "titles"
  | "finance"
  | "people"
  | "market"
  | "ip"
  | "innovation"
  | "management"
  | "field"
  | "scores";

export type Step = { id: StepId; fields: Field[] };

const number = (answers: Answers, path: string) => {
  const v = getAt(answers, path);
  return typeof v === "number" ? v : null;
};

/**
 * Equity financing only matters as an alternative to revenue: every tier that accepts it does so
 * below 5,000 万元 of revenue (miit-2022 little-giant's third branch being the highest), so it is
 * asked when revenue is below that or not known.
 */
const revenueMayNeedEquity = (a: Answers) => {
  const revenue = number(a, "finance.revenue.y1");
  return revenue === null || revenue < 5000;
};
const hasClassOne = (a: Answers) => (number(a, "ip.classOne") ?? 0) > 0;
const isReview = (a: Answers) => getAt(a, "review") === true;

export const steps: readonly Step[] = [
  {
    id: "about",
    fields: [
      field("assessmentYear", "number", { unknownAllowed: false }),
      field("review", "flag", { unknownAllowed: false }),
    ],
  },
  {
    id: "company",
    fields: [
      field("company.name", "text", { unknownAllowed: false }),
      field("company.uscc", "uscc"),
      field("company.province", "province"),
      field("company.industryCode", "industry"),
      field("company.legalPerson", "flag"),
      field("company.foundedOn", "date"),
    ],
  },
  {
    id: "standing",
    fields: ["abnormalList", "dishonestList", "restrictedProducts", "majorIncident3y"].map((f) =>
      field(`standing.${f}`, "flag"),
    ),
  },
  {
    id: "titles",
    fields: ["innovativeSme", "specializedSme", "highTech", "singleItemChampion", "affiliatedWithLittleGiant"].map(
      (f) => field(`titles.${f}`, "flag"),
    ),
  },
  {
    id: "finance",
    fields: [
      ...years("finance.revenue", "money", 3),
      ...years("finance.mainRevenue", "money", 3),
      ...years("finance.netProfit", "signedMoney", 3),
      field("finance.totalAssets", "money"),
      field("finance.totalLiabilities", "money"),
      ...years("finance.rdExpense", "money", 2),
      field("finance.equityFinancing3y", "money"),
      field("finance.equityFinancing2y", "money", { showIf: revenueMayNeedEquity }),
    ],
  },
  {
    id: "people",
    fields: [
      field("people.employees", "count", { unit: "people" }),
      field("people.rdStaff", "count", { unit: "people" }),
    ],
  },
  {
    id: "market",
    fields: [
      field("market.nicheYears", "count", { unit: "years" }),
      field("market.shareDomestic", "percent"),
      field("market.shareInternational", "percent"),
      field("market.nationalRank", "number", { unit: "rank" }),
      field("market.ownBrand", "flag"),
    ],
  },
  {
    id: "ip",
    fields: [
      field("ip.classOne", "count", { unit: "items" }),
      field("ip.classOneHighValue", "count", { showIf: hasClassOne, unit: "items" }),
      field("ip.classOneSelfDeveloped", "count", { showIf: hasClassOne, unit: "items" }),
      field("ip.classTwo", "count", { unit: "items" }),
      field("ip.inventionPatents", "count", { unit: "items" }),
    ],
  },
  {
    id: "innovation",
    fields: [
      field("innovation.rdInstitution", "choice", { options: RD_INSTITUTIONS }),
      field("innovation.scienceAward", "choice", { options: SCIENCE_AWARDS }),
      field("innovation.makerChina", "choice", { options: MAKER_CHINA }),
    ],
  },
  {
    id: "management",
    fields: [
      field("management.digitalLevel", "level", { options: ["0", "1", "2", "3", "4"] }),
      ...[
        "coreProcessOnInfoSystem",
        "qualityCertification",
        "overseasProductCertification",
        "qualityAward",
        "standardsDrafted",
        "timeHonouredBrand",
      ].map((f) => field(`management.${f}`, "flag")),
    ],
  },
  {
    id: "field",
    fields: [
      field("field.sixFoundations", "choices", { options: SIX_FOUNDATIONS }),
      field("field.tenSectors", "choices", { options: TEN_SECTORS }),
      field("field.cyberFields", "choices", { options: CYBER_FIELDS }),
      field("field.industryTrack", "choice", { options: INDUSTRY_TRACKS }),
      field("field.strategicEmerging", "flag"),
      field("field.keyChainLink", "flag"),
      field("field.chainRoles", "choices", { options: CHAIN_ROLES }),
      field("field.suppliesChainLeader", "flag"),
    ],
  },
  {
    id: "scores",
    fields: [
      field("scores.development", "score"),
      field("scores.developmentPrev", "score", { showIf: isReview }),
      field("scores.provincialLocal", "number", { unit: "points" }),
    ],
  },
];

export const stepIds = steps.map((s) => s.id);

export function findStep(id: string): Step | undefined {
  return steps.find((s) => s.id === id);
}
