import { raise } from "../gap";
import { sumAtLeast } from "../logic";
import type { Miit2026Params } from "../params/miit-2026";
import { define } from "./define";
import { allOf, anyOf, anyPart, atLeast, atMost, composite, hasAny, inSet, isNo, isYes } from "./parts";
import { developmentScore, newApplicationsOnly, revenueCagr } from "./review";
import { debtRatio, flagCriterion, intensityPart, mainBusinessShare, nicheYears } from "./shared";
import type { CriterionDef } from "./types";

// miit-2026 tier little-giant: 工信部企业〔2026〕2号 attachment 2; all required.

export function littleGiant2026(p: Miit2026Params["littleGiant"]): CriterionDef[] {
  const F = "miit-2026";
  const revenue = p["lg.revenue"];
  const rdTotal = p["lg.rd-total"];
  const rdIntensity = p["lg.rd-intensity"];
  const ip = p["lg.ip"];
  const market = p["lg.market-position"];
  const field = p["lg.field"];
  return [
    flagCriterion(
      "lg.prior-title",
      F,
      p["lg.prior-title"],
      "titles.specializedSme",
      ({ f }) => f["titles.specializedSme"],
    ),
    nicheYears("lg.niche-years", F, p["lg.niche-years"]),
    define("lg.revenue", F, revenue, ({ f }) =>
      allOf([atLeast("finance.revenue.y1", f["finance.revenue.y1"], revenue.minRevenue.value, "万元")], {
        "finance.revenue.y1": f["finance.revenue.y1"],
      }),
    ),
    mainBusinessShare("lg.main-business-share", F, p["lg.main-business-share"]),
    revenueCagr("lg.growth", F, p["lg.growth"]),
    debtRatio("lg.debt-ratio", F, p["lg.debt-ratio"]),
    define("lg.rd-total", F, rdTotal, ({ f, d }) => {
      const min = rdTotal.minTotal.value;
      // Amounts are never negative, so the known year alone can already reach the total.
      const outcome = sumAtLeast([f["finance.rdExpense.y1"], f["finance.rdExpense.y2"]], min);
      const total = d.rdExpenseTotal2y.value;
      const gaps = outcome === "not_met" && total !== null ? [raise("rdExpenseTotal2y", total, min, "万元")] : [];
      const part = composite("rdExpenseTotal2y", `rdExpenseTotal2y >= ${min}`, outcome, gaps, {
        rdExpenseTotal2y: total,
      });
      return allOf(
        [part],
        {
          "finance.rdExpense.y1": f["finance.rdExpense.y1"],
          "finance.rdExpense.y2": f["finance.rdExpense.y2"],
          rdExpenseTotal2y: total,
        },
        [d.rdExpenseTotal2y.step],
      );
    }),
    define("lg.rd-intensity", F, rdIntensity, (ctx) =>
      allOf(
        [
          intensityPart(ctx, "y1", rdIntensity.minIntensity.value),
          intensityPart(ctx, "y2", rdIntensity.minIntensity.value),
        ],
        { rdIntensityY1: ctx.d.rdIntensityY1.value, rdIntensityY2: ctx.d.rdIntensityY2.value },
        [ctx.d.rdIntensityY1.step, ctx.d.rdIntensityY2.step],
      ),
    ),
    define("lg.ip", F, ip, ({ f }) =>
      anyOf(
        [
          atLeast("ip.classOne", f["ip.classOne"], ip.minClassOne.value, "项"),
          inSet("innovation.scienceAward", f["innovation.scienceAward"], ip.awards.value),
        ],
        { "ip.classOne": f["ip.classOne"] },
      ),
    ),
    define("lg.market-position", F, market, ({ f }) =>
      anyOf(
        [
          atLeast("market.shareDomestic", f["market.shareDomestic"], market.minShareDomestic.value, "%"),
          atLeast("market.shareInternational", f["market.shareInternational"], market.minShareInternational.value, "%"),
          atMost("market.nationalRank", f["market.nationalRank"], market.maxRank.value, "位"),
        ],
        {
          "market.shareDomestic": f["market.shareDomestic"],
          "market.shareInternational": f["market.shareInternational"],
          "market.nationalRank": f["market.nationalRank"],
        },
      ),
    ),
    define("lg.field", F, field, ({ f }) =>
      allOf(
        [
          anyPart("keyField", [
            hasAny("field.sixFoundations", f["field.sixFoundations"]),
            inSet("field.industryTrack", f["field.industryTrack"], field.tracks.value),
          ]),
          isYes("field.keyChainLink", f["field.keyChainLink"]),
        ],
        {},
      ),
    ),
    developmentScore("lg.development-score", F, p["lg.development-score"]),
    // New applications only (the 2026 annual notice: "不再推荐新申请").
    define("lg.exclusions", F, p["lg.exclusions"], ({ f }) =>
      newApplicationsOnly(
        f.review,
        allOf(
          [
            isNo("titles.singleItemChampion", f["titles.singleItemChampion"]),
            isNo("titles.affiliatedWithLittleGiant", f["titles.affiliatedWithLittleGiant"]),
          ],
          {},
        ),
      ),
    ),
  ];
}
