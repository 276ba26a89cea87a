import { rdSpend } from "../gap";
import type { Source, Param } from "../params/types";
import type { RulesetId, CriterionId } from "../types";
import { define } from "./define";
import { allOf, atLeast, atLeastWithGap, atMost, isYes, type Part } from "./parts";
import type { Ctx, CriterionDef } from "./types";

// Criterion shapes that several rule sets share, each reading its threshold from its entry.

type Entry<K extends string> = { basis: Source } & Record<K, Param<number>>;

export function flagCriterion(
  id: CriterionId,
  family: RulesetId,
  entry: { basis: Source },
  path: string,
  get: (ctx: Ctx) => boolean | null,
): CriterionDef {
  return define(id, family, entry, (ctx) => allOf([isYes(path, get(ctx))], {}));
}

export function nicheYears(id: CriterionId, family: RulesetId, e: Entry<"minYears">): CriterionDef {
  return define(id, family, e, ({ f }) =>
    allOf([atLeast("market.nicheYears", f["market.nicheYears"], e.minYears.value, "年")], {
      "market.nicheYears": f["market.nicheYears"],
    }),
  );
}

export function mainBusinessShare(id: CriterionId, family: RulesetId, e: Entry<"minShare">): CriterionDef {
  return define(id, family, e, ({ d }) =>
    allOf(
      [atLeast("mainBusinessShare", d.mainBusinessShare.value, e.minShare.value, "%")],
      { mainBusinessShare: d.mainBusinessShare.value },
      [d.mainBusinessShare.step],
    ),
  );
}

export function debtRatio(id: CriterionId, family: RulesetId, e: Entry<"maxRatio">): CriterionDef {
  return define(id, family, e, ({ d }) =>
    allOf([atMost("debtRatio", d.debtRatio.value, e.maxRatio.value, "%")], { debtRatio: d.debtRatio.value }, [
      d.debtRatio.step,
    ]),
  );
}

export function domesticShare(id: CriterionId, family: RulesetId, e: Entry<"minShare">): CriterionDef {
  return define(id, family, e, ({ f }) =>
    allOf([atLeast("market.shareDomestic", f["market.shareDomestic"], e.minShare.value, "%")], {
      "market.shareDomestic": f["market.shareDomestic"],
    }),
  );
}

/** R&D intensity of one year at least `min` percent; the gap is the 万元 of spend still needed. */
export function intensityPart(ctx: Ctx, year: "y1" | "y2", min: number, minAmount: number | null = null): Part {
  const { f, d } = ctx;
  const x = year === "y1" ? d.rdIntensityY1.value : d.rdIntensityY2.value;
  const spend = year === "y1" ? f["finance.rdExpense.y1"] : f["finance.rdExpense.y2"];
  const revenue = year === "y1" ? f["finance.revenue.y1"] : f["finance.revenue.y2"];
  const failed = x !== null && x < min;
  return atLeastWithGap(
    year === "y1" ? "rdIntensityY1" : "rdIntensityY2",
    x,
    min,
    failed ? rdSpend(year, spend, revenue, min, minAmount) : null,
  );
}

/** R&D spend of one year at least `min` 万元 (with the intensity bound folded into the gap). */
export function spendPart(ctx: Ctx, year: "y1" | "y2", min: number, minIntensity: number | null): Part {
  const { f } = ctx;
  const spend = year === "y1" ? f["finance.rdExpense.y1"] : f["finance.rdExpense.y2"];
  const revenue = year === "y1" ? f["finance.revenue.y1"] : f["finance.revenue.y2"];
  const failed = spend !== null && spend < min;
  return atLeastWithGap(
    `finance.rdExpense.${year}`,
    spend,
    min,
    failed ? rdSpend(year, spend, revenue, minIntensity, min) : null,
  );
}
