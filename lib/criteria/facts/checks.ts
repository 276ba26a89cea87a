import type { z } from "zod";
import type { ValidationCode } from "../messages";

// Cross-field checks of criteria.md section 5. They run even when some field failed its own
// check (so the user sees every problem at once), hence they read the raw value defensively.

function at(value: unknown, path: readonly string[]): unknown {
  let cur: unknown = value;
  for (const key of path) {
    if (typeof cur !== "object" || cur === null || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A non-negative number, else null: a field that fails its own check is not compared again. */
function num(value: unknown, path: readonly string[]): number | null {
  const v = at(value, path);
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : null;
}

export function factsCrossChecks(value: unknown, ctx: z.RefinementCtx<unknown>): void {
  const issue = (path: string[], code: ValidationCode) =>
    ctx.addIssue({ code: "custom", path, message: code, input: at(value, path) });

  for (const year of ["y1", "y2", "y3"]) {
    const revenue = num(value, ["finance", "revenue", year]);
    const main = num(value, ["finance", "mainRevenue", year]);
    if (revenue !== null && main !== null && main > revenue) {
      issue(["finance", "mainRevenue", year], "main_revenue_exceeds_revenue");
    }
  }

  const employees = num(value, ["people", "employees"]);
  const rdStaff = num(value, ["people", "rdStaff"]);
  if (employees !== null && rdStaff !== null && rdStaff > employees) {
    issue(["people", "rdStaff"], "rd_staff_exceeds_employees");
  }

  const liabilities = num(value, ["finance", "totalLiabilities"]);
  const assets = at(value, ["finance", "totalAssets"]);
  if (liabilities !== null) {
    if (assets === null || assets === undefined) issue(["finance", "totalAssets"], "liabilities_need_assets");
    else if (assets === 0 && liabilities > 0) issue(["finance", "totalAssets"], "assets_zero_with_liabilities");
  }
}
