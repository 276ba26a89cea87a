import { raise } from "../gap";
import { agree, sumAtLeast } from "../logic";
import type { Param } from "../params/types";
import { allPart, atLeast, composite, type Part } from "./parts";
import { intensityPart } from "./shared";
import type { Ctx } from "./types";

// The R&D condition by revenue class of 工信部企业〔2022〕63号 attachment 3 (and, recalled, of
// 工信厅企业函〔2018〕381号 "分类条件"): revenue.y1 >= 1亿 → intensity >= 3 % in y1 and y2;
// 5000万 to < 1亿 → >= 6 %; < 5000万 → equity financing, R&D total and R&D staff share.

export interface RdTierParams {
  revenueUpper: Param<number>;
  revenueLower: Param<number>;
  intensityUpper: Param<number>;
  intensityMiddle: Param<number>;
  smallEquityFinancing2y: Param<number>;
  smallRdTotal: Param<number>;
  smallRdStaffShare: Param<number>;
}

function intensityBranch(ctx: Ctx, name: string, min: number): Part {
  return allPart(name, [intensityPart(ctx, "y1", min), intensityPart(ctx, "y2", min)]);
}

function smallBranch(ctx: Ctx, e: RdTierParams): Part {
  const { f, d } = ctx;
  const minTotal = e.smallRdTotal.value;
  const minEquity = e.smallEquityFinancing2y.value;
  const minStaff = e.smallRdStaffShare.value;
  const totalOutcome = sumAtLeast([f["finance.rdExpense.y1"], f["finance.rdExpense.y2"]], minTotal);
  const total = d.rdExpenseTotal2y.value;
  return allPart("rdTier.small", [
    atLeast("finance.equityFinancing2y", f["finance.equityFinancing2y"], minEquity, "万元"),
    composite(
      "rdExpenseTotal2y",
      `rdExpenseTotal2y >= ${minTotal}`,
      totalOutcome,
      totalOutcome === "not_met" && total !== null ? [raise("rdExpenseTotal2y", total, minTotal, "万元")] : [],
      { rdExpenseTotal2y: total },
    ),
    atLeast("rdStaffShare", d.rdStaffShare.value, minStaff, "%"),
  ]);
}

export function rdTierPart(ctx: Ctx, e: RdTierParams): Part {
  const revenue = ctx.f["finance.revenue.y1"];
  const upper = e.revenueUpper.value;
  const lower = e.revenueLower.value;
  const formula = `finance.revenue.y1 >= ${upper} → upper; >= ${lower} → middle; else small`;
  if (revenue === null) {
    const branches = [
      intensityBranch(ctx, "rdTier.upper", e.intensityUpper.value),
      intensityBranch(ctx, "rdTier.middle", e.intensityMiddle.value),
      smallBranch(ctx, e),
    ];
    const inner = branches.flatMap((b) => [...(b.inner ?? []), b.step]);
    return composite(
      "rdTier",
      formula,
      agree(branches.map((b) => b.outcome)),
      [],
      { "finance.revenue.y1": null },
      inner,
    );
  }
  const chosen =
    revenue >= upper
      ? intensityBranch(ctx, "rdTier.upper", e.intensityUpper.value)
      : revenue >= lower
        ? intensityBranch(ctx, "rdTier.middle", e.intensityMiddle.value)
        : smallBranch(ctx, e);
  const inner = chosen.inner ? chosen.inner.concat(chosen.step) : [chosen.step];
  return composite("rdTier", formula, chosen.outcome, chosen.gaps, { "finance.revenue.y1": revenue }, inner);
}
