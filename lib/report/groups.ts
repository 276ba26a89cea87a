import type { CriterionId, EvaluationResult, Outcome } from "@/lib/criteria";

// The six indicator groups of the Little Giant standard (专业化、精细化、特色化、创新能力、
// 产业链配套、主导产品所属领域). Prerequisites (size, standing, titles, scores, exclusions) are
// conditions rather than indicators and are not charted.
export const GROUPS = ["specialisation", "refinement", "distinctiveness", "innovation", "chain", "field"] as const;
export type Group = (typeof GROUPS)[number];

const byCriterion: Partial<Record<CriterionId, Group>> = {
  "ssme.niche-years": "specialisation",
  "ssme.main-business-share": "specialisation",
  "ssme.scale": "specialisation",
  "lg.niche-years": "specialisation",
  "lg.main-business-share": "specialisation",
  "lg.revenue": "specialisation",
  "lg.growth": "specialisation",
  "lg.operating-years": "specialisation",
  "ssme.debt-ratio": "refinement",
  "lg.debt-ratio": "refinement",
  "lg.info-system": "refinement",
  "lg.certification": "refinement",
  "ssme.market-share": "distinctiveness",
  "lg.market-share": "distinctiveness",
  "lg.market-position": "distinctiveness",
  "lg.brand": "distinctiveness",
  "ism.direct": "innovation",
  "ism.score": "innovation",
  "ssme.rd": "innovation",
  "ssme.ip": "innovation",
  "ssme.score-or-direct": "innovation",
  "lg.rd-total": "innovation",
  "lg.rd-intensity": "innovation",
  "lg.ip": "innovation",
  "lg.innovation": "innovation",
  "lg.rd-institution": "innovation",
  "lg.classified": "innovation",
  "lg.chain": "chain",
  "lg.field": "field",
};

export type GroupCount = { group: Group; met: number; notMet: number; open: number; total: number };

/** How many criteria of each group are met, not met, or open (unknown or for a reviewer). */
export function countGroups(evaluation: EvaluationResult): GroupCount[] {
  const counts = new Map<Group, GroupCount>(GROUPS.map((g) => [g, { group: g, met: 0, notMet: 0, open: 0, total: 0 }]));
  const add = (group: Group, outcome: Outcome) => {
    const c = counts.get(group)!;
    if (outcome === "not_applicable") return;
    c.total++;
    if (outcome === "met") c.met++;
    else if (outcome === "not_met") c.notMet++;
    else c.open++;
  };
  for (const tier of evaluation.tiers)
    for (const c of tier.criteria) {
      const group = byCriterion[c.id];
      if (group) add(group, c.outcome);
    }
  return [...counts.values()].filter((c) => c.total > 0);
}
