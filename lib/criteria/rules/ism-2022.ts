import { ge, isTrue } from "../logic";
import type { Miit2022Params } from "../params/miit-2022";
import type { Miit2026Params } from "../params/miit-2026";
import { bandScore, bandsMax, boundaryNotes, group, item, ladder, total, type ScoreResult } from "../score";
import type { RulesetId } from "../types";
import { define } from "./define";
import { allOf, anyOf, atLeast, inSet, isYes } from "./parts";
import { scoreParts } from "./scored";
import type { Ctx, CriterionDef } from "./types";

// Innovative SME: 工信部企业〔2022〕63号 attachment 1, also the base tier of miit-2026.
// ism.direct and ism.score are alternatives (the tier lists them in `alternatives`); under
// miit-2026, ism.tech-sme is a third (科技型中小企业 are in the tier).

type P = Miit2022Params["innovativeSme"];

// "Of which" counts are zero when there is no Class I IP at all (the questionnaire skips them).
function ofClassOne(x: number | null, classOne: number | null): number | null {
  return x ?? (classOne === 0 ? 0 : null);
}

export function ipLadder(
  f: Ctx["f"],
  pts: { highValue: number; selfDeveloped: number; classOne: number; classTwo: number; none: number },
) {
  return ladder(
    [
      { when: ge(ofClassOne(f["ip.classOneHighValue"], f["ip.classOne"]), 1), points: pts.highValue },
      { when: ge(ofClassOne(f["ip.classOneSelfDeveloped"], f["ip.classOne"]), 1), points: pts.selfDeveloped },
      { when: ge(f["ip.classOne"], 1), points: pts.classOne },
      { when: ge(f["ip.classTwo"], 1), points: pts.classTwo },
    ],
    pts.none,
  );
}

export function innovativeScore(ctx: Ctx, s: P["ism.score"]): ScoreResult {
  const { f, d } = ctx;
  const ip = s.ipPoints.value;
  const field = s.fieldPoints.value;
  const ipMax = Math.max(ip.highValue, ip.selfDeveloped, ip.classOne, ip.classTwo, ip.none);
  return total(
    {
      innovation: group(
        {
          ip: item(ipLadder(f, ip), ipMax),
          rdIntensity: item(
            bandScore(d.rdIntensityY1.value, s.rdIntensityBands.value),
            bandsMax(s.rdIntensityBands.value),
          ),
        },
        s.minInnovation.value,
      ),
      growth: group(
        {
          mainRevenueGrowth: item(
            bandScore(d.mainRevenueGrowthY1.value, s.mainRevenueGrowthBands.value),
            bandsMax(s.mainRevenueGrowthBands.value),
          ),
          debtRatio: item(bandScore(d.debtRatio.value, s.debtRatioBands.value), bandsMax(s.debtRatioBands.value)),
        },
        s.minGrowth.value,
      ),
      specialisation: group(
        {
          field: item(
            ladder([{ when: isTrue(f["field.strategicEmerging"]), points: field.strategicEmerging }], field.other),
            Math.max(field.strategicEmerging, field.other),
          ),
          mainBusinessShare: item(
            bandScore(d.mainBusinessShare.value, s.mainShareBands.value),
            bandsMax(s.mainShareBands.value),
          ),
        },
        s.minSpecialisation.value,
      ),
    },
    s.passMark.value,
  );
}

export function innovativeSmeCriteria(p: P, family: RulesetId): CriterionDef[] {
  const direct = p["ism.direct"];
  const scoring = p["ism.score"];
  return [
    define("ism.direct", family, direct, ({ f }) =>
      anyOf(
        [
          inSet("innovation.scienceAward", f["innovation.scienceAward"], direct.awards.value),
          isYes("titles.highTech", f["titles.highTech"]),
          isYes("titles.otherInnovationHonour", f["titles.otherInnovationHonour"]),
          inSet("innovation.rdInstitution", f["innovation.rdInstitution"], direct.institutions.value),
          atLeast(
            "finance.equityFinancing3y",
            f["finance.equityFinancing3y"],
            direct.minEquityFinancing3y.value,
            "万元",
          ),
        ],
        { "finance.equityFinancing3y": f["finance.equityFinancing3y"] },
      ),
    ),
    define("ism.score", family, scoring, (ctx) => {
      const score = innovativeScore(ctx, scoring);
      const { d } = ctx;
      const r = allOf(
        scoreParts(score),
        {
          rdIntensityY1: d.rdIntensityY1.value,
          mainRevenueGrowthY1: d.mainRevenueGrowthY1.value,
          debtRatio: d.debtRatio.value,
          mainBusinessShare: d.mainBusinessShare.value,
        },
        [d.rdIntensityY1.step, d.mainRevenueGrowthY1.step, d.debtRatio.step, d.mainBusinessShare.step],
      );
      r.trace.push(
        ...boundaryNotes([
          ["rdIntensityY1", d.rdIntensityY1.value, scoring.rdIntensityBands.value],
          ["mainRevenueGrowthY1", d.mainRevenueGrowthY1.value, scoring.mainRevenueGrowthBands.value],
          ["debtRatio", d.debtRatio.value, scoring.debtRatioBands.value],
          ["mainBusinessShare", d.mainBusinessShare.value, scoring.mainShareBands.value],
        ]),
      );
      r.score = score;
      return r;
    }),
  ];
}

/** miit-2026: a firm listed this year as a 科技型中小企业 is in the base tier (criteria.md). */
export function techSmeCriterion(e: Miit2026Params["innovativeSme"]["ism.tech-sme"]): CriterionDef {
  return define("ism.tech-sme", "miit-2026", e, ({ f }) => allOf([isYes("titles.techSme", f["titles.techSme"])], {}));
}
