import type { Miit2018Params } from "../params/miit-2018";
import type { Miit2020Params } from "../params/miit-2020";
import type { Miit2022Params } from "../params/miit-2022";
import type { Miit2026Params } from "../params/miit-2026";
import { commonCriteria } from "../rules/common";
import { innovativeSmeCriteria, techSmeCriterion } from "../rules/ism-2022";
import { littleGiantBefore2022 } from "../rules/lg-2018";
import { littleGiant2022 } from "../rules/lg-2022";
import { littleGiant2026 } from "../rules/lg-2026";
import { specializedSme2022 } from "../rules/ssme-2022";
import { specializedSme2026 } from "../rules/ssme-2026";
import type { RulesetDef, TierDef } from "../rules/types";
import { getRulesetInfo } from "./catalog";

// Rule sets are built from their parameter objects only: a maintainer edits a threshold in
// params/*.ts and rebuilds; no rule reads a number from anywhere else.

function innovativeTier(p: Pick<Miit2022Params, "innovativeSme">): TierDef {
  return {
    id: "innovative-sme",
    criteria: [
      ...commonCriteria(p.innovativeSme.common, "miit-2022"),
      ...innovativeSmeCriteria(p.innovativeSme, "miit-2022"),
    ],
    alternatives: [["ism.direct", "ism.score"]],
    scoreFrom: "ism.score",
  };
}

/** The 2026 base tier: the 2022 standard, and a firm listed as a 科技型中小企业 (a third alternative). */
function innovativeTier2026(p: Miit2026Params): TierDef {
  const tier = innovativeTier(p);
  return {
    ...tier,
    criteria: [...tier.criteria, techSmeCriterion(p.innovativeSme["ism.tech-sme"])],
    alternatives: [["ism.direct", "ism.score", "ism.tech-sme"]],
  };
}

/** miit-2026; its base tier still uses the 2022 innovative-SME standard (criteria.md). */
export function buildMiit2026(p: Miit2026Params): RulesetDef {
  return {
    ...getRulesetInfo("miit-2026"),
    tiers: [
      innovativeTier2026(p),
      {
        id: "specialized-sme",
        criteria: [...commonCriteria(p.specializedSme.common, "miit-2026"), ...specializedSme2026(p.specializedSme)],
        alternatives: [],
        scoreFrom: null,
      },
      {
        id: "little-giant",
        criteria: [...commonCriteria(p.littleGiant.common, "miit-2026"), ...littleGiant2026(p.littleGiant)],
        alternatives: [],
        scoreFrom: null,
      },
    ],
  };
}

export function buildMiit2022(p: Miit2022Params): RulesetDef {
  return {
    ...getRulesetInfo("miit-2022"),
    tiers: [
      innovativeTier(p),
      {
        id: "specialized-sme",
        criteria: [...commonCriteria(p.specializedSme.common, "miit-2022"), ...specializedSme2022(p.specializedSme)],
        alternatives: [],
        scoreFrom: "ssme.score-or-direct",
      },
      {
        id: "little-giant",
        criteria: [...commonCriteria(p.littleGiant.common, "miit-2022"), ...littleGiant2022(p.littleGiant)],
        alternatives: [],
        scoreFrom: null,
      },
    ],
  };
}

function historical(p: Miit2018Params | Miit2020Params): RulesetDef {
  return {
    ...getRulesetInfo(p.id),
    tiers: [
      {
        id: "little-giant",
        criteria: [...commonCriteria(p.littleGiant.common, p.id), ...littleGiantBefore2022(p.littleGiant, p.id)],
        alternatives: [],
        scoreFrom: null,
      },
    ],
  };
}

export const buildMiit2020 = (p: Miit2020Params): RulesetDef => historical(p);
export const buildMiit2018 = (p: Miit2018Params): RulesetDef => historical(p);
