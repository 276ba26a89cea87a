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
  for (const { path, code } of crossCheckIssues(value))
    ctx.addIssue({ code: "custom", path, message: code, input: at(value, path) });
}

/**
 * The cross-field problems of a facts object (or of a page's answers with the others saved), each
 * at the path of the answer to correct.
 */
export function crossCheckIssues(value: unknown): { path: string[]; code: ValidationCode }[] {
  const out: { path: string[]; code: ValidationCode }[] = [];
  const issue = (path: string[], code: ValidationCode) => out.push({ path, code });

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

  // A firm founded after the year it is assessed in has no figures to assess.
  const founded = at(value, ["company", "foundedOn"]);
  const year = at(value, ["assessmentYear"]);
  if (typeof founded === "string" && /^\d{4}-/.test(founded) && typeof year === "number" && Number.isInteger(year)) {
    if (Number(founded.slice(0, 4)) > year) {
      // On both answers: either may be the one to correct, and each page checks its own.
      issue(["company", "foundedOn"], "founded_after_assessment_year");
      issue(["assessmentYear"], "founded_after_assessment_year");
    }
  }
  return out;
}
