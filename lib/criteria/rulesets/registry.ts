import { miit2018Params } from "../params/miit-2018";
import { miit2020Params } from "../params/miit-2020";
import { miit2022Params } from "../params/miit-2022";
import { miit2026Params } from "../params/miit-2026";
import type { RulesetDef } from "../rules/types";
import type { RulesetId } from "../types";
import { buildMiit2018, buildMiit2020, buildMiit2022, buildMiit2026 } from "./build";

function frozen(def: RulesetDef): RulesetDef {
  for (const tier of def.tiers) {
    for (const group of tier.alternatives) Object.freeze(group);
    Object.freeze(tier.alternatives);
  }
  return def;
}

// Built once at load time, so an evaluation only runs the rules. Answers share the frozen parts.
const BUILT: Record<RulesetId, RulesetDef> = {
  "miit-2026": frozen(buildMiit2026(miit2026Params)),
  "miit-2022": frozen(buildMiit2022(miit2022Params)),
  "miit-2020": frozen(buildMiit2020(miit2020Params)),
  "miit-2018": frozen(buildMiit2018(miit2018Params)),
};

export function getRulesetDef(id: RulesetId): RulesetDef {
  return BUILT[id];
}
