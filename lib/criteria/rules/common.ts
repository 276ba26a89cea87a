import { evaluateSize } from "../sme-size";
import type { CommonParams } from "../params/common";
import type { RulesetId } from "../types";
import { define } from "./define";
import { allOf, isNo, isYes } from "./parts";
import type { CriterionDef } from "./types";

// The basic conditions every tier lists (criteria.md section 4, "Common to every tier").

export function commonCriteria(p: CommonParams, family: RulesetId): CriterionDef[] {
  const size = p["common.sme-size"];
  const ceilings = Object.values(size.standard).map((e) => e.ceiling);
  return [
    define(
      "common.sme-size",
      family,
      size,
      ({ f }) => {
        const r = evaluateSize(
          f.industryCode,
          { employees: f.employees, revenue: f.revenueY1, assets: f.totalAssets },
          size.standard,
        );
        const ceiling = r.size.industry === null ? {} : size.standard[r.size.industry].ceiling.value;
        return {
          outcome: r.outcome,
          values: {
            employees: f.employees,
            revenueY1: f.revenueY1,
            totalAssets: f.totalAssets,
            employeesCeiling: ceiling.employees ?? null,
            revenueCeiling: ceiling.revenue ?? null,
            assetsCeiling: ceiling.assets ?? null,
          },
          trace: r.steps,
          gaps: r.gap ? [r.gap] : [],
          size: r.size,
        };
      },
      ceilings,
    ),
    define("common.legal-person", family, p["common.legal-person"], ({ f }) =>
      allOf([isYes("company.legalPerson", f.legalPerson)], {}),
    ),
    define("common.good-standing", family, p["common.good-standing"], ({ f }) =>
      allOf(
        [
          isNo("standing.abnormalList", f.abnormalList),
          isNo("standing.dishonestList", f.dishonestList),
          isNo("standing.restrictedProducts", f.restrictedProducts),
          isNo("standing.majorIncident3y", f.majorIncident3y),
        ],
        {},
      ),
    ),
  ];
}
