import type { Miit2018Params } from "../params/miit-2018";
import { define } from "./define";
import { allOf, anyOf, atLeast, atMost, hasAny, inSet, isYes } from "./parts";
import { rdTierPart } from "./rd-tier";
import { debtRatio, flagCriterion, mainBusinessShare, nicheYears } from "./shared";
import type { CriterionDef } from "./types";

// The historical Little Giant rules, little-giant only: miit-2018, batch 1 under 工信厅企业函〔2018〕381号
// (a revenue window of 1亿 to 4亿 and 10 % growth), and miit-2020, batches 2 and 3 (5 % growth, no
// window, the three revenue-class R&D branches). Which criteria a rule set has follows from which
// clauses were in force on its date (params/data/little-giant*.ts).

type P = Miit2018Params["littleGiant"];

export function littleGiantBefore2022(p: P, F: "miit-2018" | "miit-2020"): CriterionDef[] {
  const years = p["lg.operating-years"];
  const growth = p["lg.growth"];
  const ip = p["lg.ip"];
  const market = p["lg.market-share"];
  // Absent when their clause was not in force on the rule set's date.
  const window = p["lg.revenue-window"] as P["lg.revenue-window"] | undefined;
  const classified = p["lg.classified"] as P["lg.classified"] | undefined;
  const criteria: CriterionDef[] = [
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
    ...(window
      ? [
          define("lg.revenue-window", F, window, ({ f }) => {
            const revenue = f["finance.revenue.y1"];
            return allOf(
              [
                atLeast("finance.revenue.y1", revenue, window.minRevenue.value, "万元"),
                atMost("finance.revenue.y1", revenue, window.maxRevenue.value),
              ],
              { "finance.revenue.y1": revenue },
            );
          }),
        ]
      : []),
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
    // "主导产品在细分市场占有率位于全省前3位"; a national top three is a provincial one too.
    define("lg.market-share", F, market, ({ f }) =>
      anyOf(
        [
          atMost("market.provincialRank", f["market.provincialRank"], market.maxProvincialRank.value, "位"),
          atMost("market.nationalRank", f["market.nationalRank"], market.maxProvincialRank.value, "位"),
        ],
        { "market.provincialRank": f["market.provincialRank"], "market.nationalRank": f["market.nationalRank"] },
      ),
    ),
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
    // "取得相关管理体系认证，或产品生产执行国际、国内、行业标准，或是产品通过发达国家和地区产品认证"
    define("lg.certification", F, p["lg.certification"], ({ f }) =>
      anyOf(
        [
          isYes("management.qualityCertification", f["management.qualityCertification"]),
          isYes("management.productsToStandard", f["management.productsToStandard"]),
          isYes("management.overseasProductCertification", f["management.overseasProductCertification"]),
        ],
        {},
      ),
    ),
  ];
  if (classified) {
    criteria.push(
      define("lg.classified", F, classified, (ctx) => {
        const { f, d } = ctx;
        return allOf(
          [rdTierPart(ctx, classified)],
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
    );
  }
  criteria.push(
    define("lg.field", F, p["lg.field"], ({ f }) =>
      anyOf(
        [hasAny("field.sixFoundations", f["field.sixFoundations"]), hasAny("field.tenSectors", f["field.tenSectors"])],
        {},
      ),
    ),
  );
  return criteria;
}
