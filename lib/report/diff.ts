import type {
  CriterionId,
  CriterionResult,
  EvaluationResult,
  Outcome,
  RulesetId,
  TierId,
  Verdict,
} from "@/lib/criteria";

export type DiffRow = {
  tier: TierId;
  criterion: CriterionId;
  label: string;
  left: { outcome: Outcome; gap: string | null } | null;
  right: { outcome: Outcome; gap: string | null } | null;
};

export type RulesetDiff = {
  left: RulesetId;
  right: RulesetId;
  rows: DiffRow[];
  verdicts: { tier: TierId; left: Verdict | null; right: Verdict | null }[];
};

const side = (c: CriterionResult | undefined) => (c ? { outcome: c.outcome, gap: c.gap?.message ?? null } : null);

/**
 * What changes between two rule sets for the same answers: each criterion (matched by tier and id)
 * whose outcome differs, or that exists under one rule set only.
 */
export function diffRulesets(left: EvaluationResult, right: EvaluationResult): RulesetDiff {
  const rows: DiffRow[] = [];
  const tiers = [...new Set([...left.tiers, ...right.tiers].map((t) => t.id))];
  for (const tier of tiers) {
    const a = left.tiers.find((t) => t.id === tier);
    const b = right.tiers.find((t) => t.id === tier);
    const ids = [...new Set([...(a?.criteria ?? []), ...(b?.criteria ?? [])].map((c) => c.id))];
    for (const id of ids) {
      const ca = a?.criteria.find((c) => c.id === id);
      const cb = b?.criteria.find((c) => c.id === id);
      if (ca && cb && ca.outcome === cb.outcome) continue;
      rows.push({ tier, criterion: id, label: (ca ?? cb)!.label, left: side(ca), right: side(cb) });
    }
  }
  const verdicts = tiers.map((tier) => ({
    tier,
    left: left.tiers.find((t) => t.id === tier)?.verdict ?? null,
    right: right.tiers.find((t) => t.id === tier)?.verdict ?? null,
  }));
  return { left: left.ruleset.id, right: right.ruleset.id, rows, verdicts };
}
