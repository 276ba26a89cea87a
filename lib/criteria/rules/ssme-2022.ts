import { raise } from "../gap";
import { le, sumAtLeast } from "../logic";
import { boundaryNotes } from "../score";
import type { Outcome } from "../types";
import type { Miit2022Params } from "../params/miit-2022";
import { define } from "./define";
import { allOf, allPart, anyOf, anyPart, atLeast, composite, inSet, type Part } from "./parts";
import { scoreParts } from "./scored";
import { nicheYears, intensityPart, spendPart } from "./shared";
import { specializedScore } from "./ssme-2022-score";
import type { Ctx, CriterionDef } from "./types";

/** A national S&T award with the firm among the first `maxRank` units (rank unknown: unknown). */
function nationalAwardRanked({ f }: Ctx, maxRank: number): Part {
  const award = f["innovation.scienceAward"];
  const rank = f["innovation.nationalAwardRank"];
  const o: Outcome = award === null ? "unknown" : award !== "national" ? "not_met" : le(rank, maxRank);
  return composite(
    "innovation.nationalAwardRank",
    `innovation.scienceAward = national AND innovation.nationalAwardRank <= ${maxRank}`,
    o,
    [],
    { "innovation.scienceAward": award, "innovation.nationalAwardRank": rank },
  );
}

// miit-2022 tier specialized-sme: 工信部企业〔2022〕63号 attachment 2. The basic conditions are all
// required, then the score OR a direct-recognition condition.

export function specializedSme2022(p: Miit2022Params["specializedSme"]): CriterionDef[] {
  const F = "miit-2022";
  const rd = p["ssme.rd"];
  const scale = p["ssme.scale"];
  const sd = p["ssme.score-or-direct"];
  return [
    nicheYears("ssme.niche-years", F, p["ssme.niche-years"]),
    define("ssme.rd", F, rd, (ctx) =>
      allOf(
        [
          spendPart(ctx, "y1", rd.minExpense.value, rd.minIntensity.value),
          intensityPart(ctx, "y1", rd.minIntensity.value, rd.minExpense.value),
        ],
        { "finance.rdExpense.y1": ctx.f["finance.rdExpense.y1"], rdIntensityY1: ctx.d.rdIntensityY1.value },
        [ctx.d.rdIntensityY1.step],
      ),
    ),
    define("ssme.scale", F, scale, ({ f }) =>
      anyOf(
        [
          atLeast("finance.revenue.y1", f["finance.revenue.y1"], scale.minRevenue.value, "万元"),
          atLeast(
            "finance.equityFinancing2y",
            f["finance.equityFinancing2y"],
            scale.minEquityFinancing2y.value,
            "万元",
          ),
        ],
        { "finance.revenue.y1": f["finance.revenue.y1"], "finance.equityFinancing2y": f["finance.equityFinancing2y"] },
      ),
    ),
    define("ssme.score-or-direct", F, sd, (ctx) => {
      const { f, d } = ctx;
      const score = specializedScore(ctx, sd);
      const meanMin = sd.directMeanRdExpense.value;
      const mean = d.rdExpenseMean2y.value;
      // mean(y1, y2) >= X  ⇔  y1 + y2 >= 2X; amounts are never negative.
      const meanOutcome = sumAtLeast([f["finance.rdExpense.y1"], f["finance.rdExpense.y2"]], 2 * meanMin);
      const direct = anyPart("direct", [
        inSet("innovation.scienceAward", f["innovation.scienceAward"], sd.directAwards.value),
        nationalAwardRanked(ctx, sd.directNationalAwardMaxRank.value),
        composite(
          "rdExpenseMean2y",
          `(finance.rdExpense.y1 + finance.rdExpense.y2) / 2 >= ${meanMin}`,
          meanOutcome,
          meanOutcome === "not_met" && mean !== null ? [raise("rdExpenseMean2y", mean, meanMin, "万元")] : [],
          { rdExpenseMean2y: mean },
        ),
        atLeast("finance.equityFinancing2y", f["finance.equityFinancing2y"], sd.directEquityFinancing2y.value, "万元"),
        inSet("innovation.makerChina", f["innovation.makerChina"], sd.directMakerChina.value),
      ]);
      const r = anyOf(
        [allPart("score", scoreParts(score)), direct],
        {
          rdExpenseMean2y: mean,
          "finance.equityFinancing2y": f["finance.equityFinancing2y"],
        },
        [
          d.mainBusinessShare.step,
          d.mainRevenueGrowthAvg2y.step,
          d.netMargin.step,
          d.debtRatio.step,
          d.rdIntensityY1.step,
          d.rdStaffShare.step,
          d.rdExpenseMean2y.step,
        ],
      );
      r.trace.push(
        ...boundaryNotes([
          ["mainBusinessShare", d.mainBusinessShare.value, sd.mainShareBands.value],
          ["mainRevenueGrowthAvg2y", d.mainRevenueGrowthAvg2y.value, sd.growthBands.value],
          ["netMargin", d.netMargin.value, sd.netMarginBands.value],
          ["debtRatio", d.debtRatio.value, sd.debtRatioBands.value],
          ["finance.rdExpense.y1", f["finance.rdExpense.y1"], sd.rdAmountBands.value],
          ["rdIntensityY1", d.rdIntensityY1.value, sd.rdIntensityBands.value],
          ["rdStaffShare", d.rdStaffShare.value, sd.rdStaffShareBands.value],
        ]),
      );
      r.score = score;
      return r;
    }),
  ];
}
