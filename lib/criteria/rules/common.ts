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
          f["company.industryCode"],
          { employees: f["people.employees"], revenue: f["finance.revenue.y1"], assets: f["finance.totalAssets"] },
          size.standard,
        );
        return {
          outcome: r.outcome,
          values: {
            "people.employees": f["people.employees"],
            "finance.revenue.y1": f["finance.revenue.y1"],
            "finance.totalAssets": f["finance.totalAssets"],
          },
          trace: r.steps,
          gaps: r.gap ? [r.gap] : [],
          size: r.size,
        };
      },
      ceilings,
    ),
    define("common.legal-person", family, p["common.legal-person"], ({ f }) =>
      allOf([isYes("company.legalPerson", f["company.legalPerson"])], {}),
    ),
    define("common.good-standing", family, p["common.good-standing"], ({ f }) =>
      allOf(
        [
          isNo("standing.abnormalList", f["standing.abnormalList"]),
          isNo("standing.dishonestList", f["standing.dishonestList"]),
          isNo("standing.restrictedProducts", f["standing.restrictedProducts"]),
          isNo("standing.majorIncident3y", f["standing.majorIncident3y"]),
        ],
        {},
      ),
    ),
  ];
}
