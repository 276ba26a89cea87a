import { criterionLabels, tierTitle } from "./labels";
import { getRulesetInfo, isRulesetId, type RulesetInfo } from "./rulesets/catalog";
import { getRulesetDef } from "./rulesets/registry";
import type { Threshold } from "./rules/types";
import { LOCALES, type Confidence, type CriterionId, type LocalText, type TierId } from "./types";

// A rule set as data, for pages that show the rules without evaluating anything.

export interface CriterionDescription {
  id: CriterionId;
  label: LocalText;
  explanation: LocalText;
  reference: LocalText;
  confidence: Confidence;
  thresholds: Readonly<Record<string, Threshold>>;
}

export interface RulesetDescription extends RulesetInfo {
  tiers: {
    id: TierId;
    title: LocalText;
    criteria: CriterionDescription[];
    alternatives: readonly (readonly CriterionId[])[];
  }[];
}

function both(get: (locale: (typeof LOCALES)[number]) => string): LocalText {
  return { "zh-CN": get("zh-CN"), en: get("en") };
}

export function getRuleset(id: string): RulesetDescription | null {
  if (!isRulesetId(id)) return null;
  const def = getRulesetDef(id);
  return {
    ...getRulesetInfo(id),
    tiers: def.tiers.map((t) => ({
      id: t.id,
      title: both((l) => tierTitle(l, id, t.id)),
      alternatives: t.alternatives,
      criteria: t.criteria.map((c) => ({
        id: c.id,
        label: both((l) => criterionLabels[l][c.id]),
        explanation: c.explanation,
        reference: c.reference,
        confidence: c.confidence,
        thresholds: c.thresholds,
      })),
    })),
  };
}
