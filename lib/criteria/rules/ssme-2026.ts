import type { Miit2026Params } from "../params/miit-2026";
import { define } from "./define";
import { allOf, anyOf, atLeast, inSet, isYes } from "./parts";
import { developmentScore } from "./review";
import { debtRatio, intensityPart, mainBusinessShare, nicheYears, spendPart } from "./shared";
import type { CriterionDef } from "./types";

// miit-2026 tier specialized-sme: 工信部企业〔2026〕2号 attachment 1; all required.

export function specializedSme2026(p: Miit2026Params["specializedSme"]): CriterionDef[] {
  const F = "miit-2026";
  const scale = p["ssme.scale"];
  const rd = p["ssme.rd"];
  const ip = p["ssme.ip"];
  return [
    // 科技和创新型中小企业 includes firms listed as 科技型中小企业 (criteria.md, `secondary`).
    define("ssme.prior-title", F, p["ssme.prior-title"], ({ f }) =>
      anyOf(
        [isYes("titles.innovativeSme", f["titles.innovativeSme"]), isYes("titles.techSme", f["titles.techSme"])],
        {},
      ),
    ),
    nicheYears("ssme.niche-years", F, p["ssme.niche-years"]),
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
    mainBusinessShare("ssme.main-business-share", F, p["ssme.main-business-share"]),
    debtRatio("ssme.debt-ratio", F, p["ssme.debt-ratio"]),
    define("ssme.rd", F, rd, (ctx) => {
      const { f, d } = ctx;
      const amount = rd.minExpense.value;
      const intensity = rd.minIntensity.value;
      return allOf(
        [
          spendPart(ctx, "y1", amount, intensity),
          spendPart(ctx, "y2", amount, intensity),
          intensityPart(ctx, "y1", intensity, amount),
          intensityPart(ctx, "y2", intensity, amount),
        ],
        {
          "finance.rdExpense.y1": f["finance.rdExpense.y1"],
          "finance.rdExpense.y2": f["finance.rdExpense.y2"],
          rdIntensityY1: d.rdIntensityY1.value,
          rdIntensityY2: d.rdIntensityY2.value,
        },
        [d.rdIntensityY1.step, d.rdIntensityY2.step],
      );
    }),
    define("ssme.ip", F, ip, ({ f }) =>
      anyOf(
        [
          atLeast("ip.classOne", f["ip.classOne"], ip.minClassOne.value, "项"),
          inSet("innovation.scienceAward", f["innovation.scienceAward"], ip.awards.value),
          inSet("innovation.rdInstitution", f["innovation.rdInstitution"], ip.institutions.value),
        ],
        { "ip.classOne": f["ip.classOne"] },
      ),
    ),
    // No number in the text ("relatively high" share): a reviewer decides; the shares are shown.
    define("ssme.market-share", F, p["ssme.market-share"], ({ f }) => {
      const inputs = {
        "market.shareDomestic": f["market.shareDomestic"],
        "market.shareInternational": f["market.shareInternational"],
        "market.nationalRank": f["market.nationalRank"],
      };
      return {
        outcome: "manual",
        values: {
          "market.shareDomestic": f["market.shareDomestic"],
          "market.shareInternational": f["market.shareInternational"],
          "market.nationalRank": f["market.nationalRank"],
        },
        trace: [
          {
            kind: "input",
            name: "marketShare",
            formula: "“relatively high”: judged by a reviewer",
            inputs,
            value: "manual",
          },
        ],
        gaps: [],
      };
    }),
    developmentScore("ssme.development-score", F, p["ssme.development-score"]),
  ];
}
