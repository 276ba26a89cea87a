import type { Miit2018Params } from "../params/miit-2018";
import { define } from "./define";
import { allOf, anyOf, atLeast, hasAny, inSet } from "./parts";
import { rdTierPart } from "./rd-tier";
import { debtRatio, domesticShare, flagCriterion, mainBusinessShare, nicheYears } from "./shared";
import type { CriterionDef } from "./types";

// miit-2018 (historical): 工信厅企业函〔2018〕381号, little-giant only, `recall` throughout.

export function littleGiant2018(p: Miit2018Params["littleGiant"]): CriterionDef[] {
  const F = "miit-2018";
  const years = p["lg.operating-years"];
  const growth = p["lg.growth"];
  const ip = p["lg.ip"];
  return [
    flagCriterion(
      "lg.prior-title",
      F,
      p["lg.prior-title"],
      "titles.specializedSme",
      ({ f }) => f["titles.specializedSme"],
    ),
    define("lg.operating-years", F, years, ({ d }) =>
      allOf(
        [atLeast("operatingYears", d.operatingYears.value, years.minYears.value, "年")],
        { operatingYears: d.operatingYears.value },
        [d.operatingYears.step],
      ),
    ),
    define("lg.growth", F, growth, ({ d }) => {
      const min = growth.minGrowth.value;
      return anyOf(
        [
          atLeast("mainRevenueGrowthAvg2y", d.mainRevenueGrowthAvg2y.value, min, "%"),
          atLeast("netProfitGrowthAvg2y", d.netProfitGrowthAvg2y.value, min, "%"),
        ],
        { mainRevenueGrowthAvg2y: d.mainRevenueGrowthAvg2y.value, netProfitGrowthAvg2y: d.netProfitGrowthAvg2y.value },
        [d.mainRevenueGrowthAvg2y.step, d.netProfitGrowthAvg2y.step],
      );
    }),
    debtRatio("lg.debt-ratio", F, p["lg.debt-ratio"]),
    nicheYears("lg.niche-years", F, p["lg.niche-years"]),
    mainBusinessShare("lg.main-business-share", F, p["lg.main-business-share"]),
    domesticShare("lg.market-share", F, p["lg.market-share"]),
    define("lg.ip", F, ip, ({ f }) =>
      anyOf(
        [
          atLeast("ip.inventionPatents", f["ip.inventionPatents"], ip.minInventionPatents.value, "项"),
          atLeast("ip.classTwo", f["ip.classTwo"], ip.minClassTwo.value, "项"),
        ],
        { "ip.inventionPatents": f["ip.inventionPatents"], "ip.classTwo": f["ip.classTwo"] },
      ),
    ),
    define("lg.rd-institution", F, p["lg.rd-institution"], ({ f }) =>
      allOf(
        [inSet("innovation.rdInstitution", f["innovation.rdInstitution"], p["lg.rd-institution"].institutions.value)],
        {},
      ),
    ),
    flagCriterion(
      "lg.info-system",
      F,
      p["lg.info-system"],
      "management.coreProcessOnInfoSystem",
      ({ f }) => f["management.coreProcessOnInfoSystem"],
    ),
    flagCriterion("lg.brand", F, p["lg.brand"], "market.ownBrand", ({ f }) => f["market.ownBrand"]),
    flagCriterion(
      "lg.certification",
      F,
      p["lg.certification"],
      "management.qualityCertification",
      ({ f }) => f["management.qualityCertification"],
    ),
    define("lg.classified", F, p["lg.classified"], (ctx) => {
      const { f, d } = ctx;
      return allOf(
        [rdTierPart(ctx, p["lg.classified"])],
        {
          "finance.revenue.y1": f["finance.revenue.y1"],
          rdIntensityY1: d.rdIntensityY1.value,
          rdIntensityY2: d.rdIntensityY2.value,
          rdExpenseTotal2y: d.rdExpenseTotal2y.value,
          rdStaffShare: d.rdStaffShare.value,
          "finance.equityFinancing2y": f["finance.equityFinancing2y"],
        },
        [d.rdIntensityY1.step, d.rdIntensityY2.step, d.rdExpenseTotal2y.step, d.rdStaffShare.step],
      );
    }),
    define("lg.field", F, p["lg.field"], ({ f }) =>
      anyOf(
        [hasAny("field.sixFoundations", f["field.sixFoundations"]), hasAny("field.tenSectors", f["field.tenSectors"])],
        {},
      ),
    ),
  ];
}
