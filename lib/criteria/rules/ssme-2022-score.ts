import { isTrue, nonEmpty, orTri } from "../logic";
import type { Miit2022Params } from "../params/miit-2022";
import { bandScore, bandsMax, better, group, item, ladder, total, type Interval, type ScoreResult } from "../score";
import { ipLadder } from "./ism-2022";
import type { Ctx } from "./types";

// The 100-point score of 工信部企业〔2022〕63号 attachment 2, condition 4. The groups are the
// standard's four indicator groups; only the total has a pass mark.

type S = Miit2022Params["specializedSme"]["ssme.score-or-direct"];

const exact = (x: number): Interval => ({ min: x, max: x });

function nicheYearsPoints(years: number | null, perPoint: number, max: number): Interval {
  if (years === null) return { min: 0, max };
  return exact(Math.min(max, Math.floor(years / perPoint)));
}

/** Points per item held, capped; unknown items may or may not count. */
function qualityPoints(items: readonly (boolean | null)[], per: number, max: number): Interval {
  let yes = 0;
  let unknown = 0;
  for (const x of items) {
    if (x === null) unknown++;
    else if (x) yes++;
  }
  return { min: Math.min(max, yes * per), max: Math.min(max, (yes + unknown) * per) };
}

function provincialPoints(x: number | null, max: number): Interval {
  return x === null ? { min: 0, max } : exact(Math.min(max, x));
}

export function specializedScore(ctx: Ctx, s: S): ScoreResult {
  const { f, d } = ctx;
  const field = s.fieldPoints.value;
  const inst = s.rdInstitutionPoints.value;
  const instMax = Math.max(inst.national, inst.provincial, inst.municipal, inst["below-municipal"], inst.none);
  const ip = s.ipPoints.value;
  const fieldLadder = ladder(
    [
      { when: nonEmpty(f["field.chainRoles"]), points: field.chainRoles },
      {
        when: orTri([
          nonEmpty(f["field.sixFoundations"]),
          isTrue(f["management.timeHonouredBrand"]),
          isTrue(f["field.suppliesChainLeader"]),
        ]),
        points: field.foundationBrandOrLeader,
      },
    ],
    field.none,
  );
  const rdInput = better(
    bandScore(f["finance.rdExpense.y1"], s.rdAmountBands.value),
    bandScore(d.rdIntensityY1.value, s.rdIntensityBands.value),
  );
  const quality = [
    f["management.qualityAward"],
    f["management.qualityCertification"],
    f["market.ownBrand"],
    f["management.standardsDrafted"],
  ];
  return total(
    {
      specialisation: group(
        {
          mainBusinessShare: item(
            bandScore(d.mainBusinessShare.value, s.mainShareBands.value),
            bandsMax(s.mainShareBands.value),
          ),
          mainRevenueGrowth2y: item(
            bandScore(d.mainRevenueGrowthAvg2y.value, s.growthBands.value),
            bandsMax(s.growthBands.value),
          ),
          nicheYears: item(
            nicheYearsPoints(f["market.nicheYears"], s.nicheYearsPerPoint.value, s.nicheMaxPoints.value),
            s.nicheMaxPoints.value,
          ),
          field: item(fieldLadder, Math.max(field.chainRoles, field.foundationBrandOrLeader, field.none)),
        },
        null,
      ),
      refinement: group(
        {
          digitalLevel: item(
            bandScore(f["management.digitalLevel"], s.digitalBands.value),
            bandsMax(s.digitalBands.value),
          ),
          quality: item(
            qualityPoints(quality, s.qualityPointsPerItem.value, s.qualityMaxPoints.value),
            s.qualityMaxPoints.value,
          ),
          netMargin: item(bandScore(d.netMargin.value, s.netMarginBands.value), bandsMax(s.netMarginBands.value)),
          debtRatio: item(bandScore(d.debtRatio.value, s.debtRatioBands.value), bandsMax(s.debtRatioBands.value)),
        },
        null,
      ),
      distinctiveness: group(
        {
          provincialLocal: item(
            provincialPoints(f["scores.provincialLocal"], s.provincialLocalMax.value),
            s.provincialLocalMax.value,
          ),
        },
        null,
      ),
      innovation: group(
        {
          ip: item(ipLadder(f, ip), Math.max(ip.highValue, ip.selfDeveloped, ip.classOne, ip.classTwo, ip.none)),
          rdInput: item(rdInput, Math.max(bandsMax(s.rdAmountBands.value), bandsMax(s.rdIntensityBands.value))),
          rdStaffShare: item(
            bandScore(d.rdStaffShare.value, s.rdStaffShareBands.value),
            bandsMax(s.rdStaffShareBands.value),
          ),
          rdInstitution: item(
            f["innovation.rdInstitution"] === null
              ? { min: 0, max: instMax }
              : exact(inst[f["innovation.rdInstitution"]]),
            instMax,
          ),
        },
        null,
      ),
    },
    s.passMark.value,
  );
}
