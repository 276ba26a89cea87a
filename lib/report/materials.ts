import type { CriterionId, EvaluationResult, TierId } from "@/lib/criteria";

// What a firm will need to show for the criteria it meets, when it applies on the official
// platform. Guidance, not a rule: the provincial notice of each year lists the materials (the
// report says so). Each kind of material is named once, in the order an application reads.

export const MATERIALS = [
  "licence",
  "audit",
  "rdAccount",
  "ip",
  "titles",
  "rdInstitution",
  "certificates",
  "market",
  "chain",
  "credit",
  "score",
] as const;
export type Material = (typeof MATERIALS)[number];

const BY_CRITERION: Record<CriterionId, Material[]> = {
  "common.sme-size": ["audit"],
  "common.legal-person": ["licence"],
  "common.good-standing": ["credit"],
  "ism.direct": ["titles", "audit"],
  "ism.score": ["score", "audit", "ip"],
  "ism.tech-sme": ["titles"],
  "ssme.prior-title": ["titles"],
  "ssme.niche-years": ["licence"],
  "ssme.scale": ["audit"],
  "ssme.main-business-share": ["audit"],
  "ssme.debt-ratio": ["audit"],
  "ssme.rd": ["audit", "rdAccount"],
  "ssme.ip": ["ip", "titles", "rdInstitution"],
  "ssme.market-share": ["market"],
  "ssme.development-score": ["score"],
  "ssme.score-or-direct": ["score", "titles"],
  "lg.prior-title": ["titles"],
  "lg.niche-years": ["licence"],
  "lg.revenue": ["audit"],
  "lg.revenue-window": ["audit"],
  "lg.main-business-share": ["audit"],
  "lg.growth": ["audit"],
  "lg.debt-ratio": ["audit"],
  "lg.rd-total": ["audit", "rdAccount"],
  "lg.rd-intensity": ["audit", "rdAccount"],
  "lg.ip": ["ip", "titles"],
  "lg.market-position": ["market"],
  "lg.field": ["chain"],
  "lg.development-score": ["score"],
  "lg.exclusions": ["credit"],
  "lg.info-system": ["certificates"],
  "lg.certification": ["certificates"],
  "lg.market-share": ["market"],
  "lg.brand": ["certificates"],
  "lg.innovation": ["audit", "rdAccount", "ip", "rdInstitution"],
  "lg.chain": ["chain"],
  "lg.operating-years": ["licence"],
  "lg.rd-institution": ["rdInstitution"],
  "lg.classified": ["audit", "rdAccount"],
};

export type MaterialNeed = { material: Material; criteria: CriterionId[] };

/** The materials the met criteria of `tiers` rest on, in application order. */
export function materialsFor(evaluation: EvaluationResult, tiers: readonly TierId[]): MaterialNeed[] {
  const needs = new Map<Material, Set<CriterionId>>();
  for (const tier of evaluation.tiers) {
    if (!tiers.includes(tier.id)) continue;
    for (const c of tier.criteria) {
      if (c.outcome !== "met") continue;
      for (const m of BY_CRITERION[c.id]) needs.set(m, (needs.get(m) ?? new Set()).add(c.id));
    }
  }
  return MATERIALS.filter((m) => needs.has(m)).map((m) => ({ material: m, criteria: [...(needs.get(m) ?? [])] }));
}
