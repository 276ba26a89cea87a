import type { Miit2022Params } from "../params/miit-2022";
import { define } from "./define";
import { allOf, allPart, anyOf, anyPart, atLeast, hasAny, inSet, isNot, isYes } from "./parts";
import { rdTierPart } from "./rd-tier";
import { debtRatio, domesticShare, flagCriterion, mainBusinessShare, nicheYears } from "./shared";
import type { CriterionDef } from "./types";

// miit-2022 tier little-giant: 工信部企业〔2022〕63号 attachment 3; all required.

export function littleGiant2022(p: Miit2022Params["littleGiant"]): CriterionDef[] {
  const F = "miit-2022";
  const growth = p["lg.growth"];
  const inn = p["lg.innovation"];
  return [
    flagCriterion(
      "lg.prior-title",
      F,
      p["lg.prior-title"],
      "titles.specializedSme",
      ({ f }) => f["titles.specializedSme"],
    ),
    nicheYears("lg.niche-years", F, p["lg.niche-years"]),
    mainBusinessShare("lg.main-business-share", F, p["lg.main-business-share"]),
    define("lg.growth", F, growth, ({ d }) =>
      allOf(
        [atLeast("mainRevenueGrowthAvg2y", d.mainRevenueGrowthAvg2y.value, growth.minGrowth.value, "%")],
        { mainRevenueGrowthAvg2y: d.mainRevenueGrowthAvg2y.value },
        [d.mainRevenueGrowthAvg2y.step],
      ),
    ),
    debtRatio("lg.debt-ratio", F, p["lg.debt-ratio"]),
    flagCriterion(
      "lg.info-system",
      F,
      p["lg.info-system"],
      "management.coreProcessOnInfoSystem",
      ({ f }) => f["management.coreProcessOnInfoSystem"],
    ),
    define("lg.certification", F, p["lg.certification"], ({ f }) =>
      anyOf(
        [
          isYes("management.qualityCertification", f["management.qualityCertification"]),
          isYes("management.overseasProductCertification", f["management.overseasProductCertification"]),
        ],
        {},
      ),
    ),
    domesticShare("lg.market-share", F, p["lg.market-share"]),
    flagCriterion("lg.brand", F, p["lg.brand"], "market.ownBrand", ({ f }) => f["market.ownBrand"]),
    define("lg.innovation", F, inn, (ctx) => {
      const { f, d } = ctx;
      return anyOf(
        [
          allPart("general", [
            rdTierPart(ctx, inn),
            isNot("innovation.rdInstitution", f["innovation.rdInstitution"], "none"),
            atLeast("ip.classOne", f["ip.classOne"], inn.minClassOne.value, "项"),
          ]),
          anyPart("direct", [
            inSet("innovation.scienceAward", f["innovation.scienceAward"], inn.directAwards.value),
            inSet("innovation.makerChina", f["innovation.makerChina"], inn.directMakerChina.value),
          ]),
        ],
        {
          "finance.revenue.y1": f["finance.revenue.y1"],
          rdIntensityY1: d.rdIntensityY1.value,
          rdIntensityY2: d.rdIntensityY2.value,
          rdExpenseTotal2y: d.rdExpenseTotal2y.value,
          rdStaffShare: d.rdStaffShare.value,
          "finance.equityFinancing2y": f["finance.equityFinancing2y"],
          "ip.classOne": f["ip.classOne"],
        },
        [d.rdIntensityY1.step, d.rdIntensityY2.step, d.rdExpenseTotal2y.step, d.rdStaffShare.step],
      );
    }),
    define("lg.chain", F, p["lg.chain"], ({ f }) =>
      allOf(
        [isYes("field.keyChainLink", f["field.keyChainLink"]), hasAny("field.chainRoles", f["field.chainRoles"])],
        {},
      ),
    ),
    define("lg.field", F, p["lg.field"], ({ f }) =>
      anyOf(
        [
          hasAny("field.sixFoundations", f["field.sixFoundations"]),
          hasAny("field.tenSectors", f["field.tenSectors"]),
          hasAny("field.cyberFields", f["field.cyberFields"]),
        ],
        {},
      ),
    ),
  ];
}
