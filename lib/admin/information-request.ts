// A reviewer's request for more information: what to ask about is worked out from the evaluation
// as reviewed (every criterion not met, unknown or for a reviewer to judge, in a tier not yet met),
// stored with the note when the status becomes "needs information", shown to the company on its
// result page and, where a mail server is set, sent to its e-mail.
import {
  criterionLabels,
  TIER_IDS,
  tierTitle,
  type CriterionId,
  type Locale,
  type Outcome,
  type RulesetId,
  type TierId,
  type Verdict,
} from "@/lib/criteria";

export const ASKED_OUTCOMES = ["not_met", "unknown", "manual"] as const;
export type AskedOutcome = (typeof ASKED_OUTCOMES)[number];

/** One point of the checklist: a criterion, the tiers it holds back, its outcome when asked. */
export type RequestItem = { criterion: CriterionId; tiers: TierId[]; outcome: AskedOutcome };

type TierLike = {
  id: string;
  verdict: Verdict;
  alternatives?: readonly (readonly CriterionId[])[];
  criteria: readonly { id: CriterionId; outcome: Outcome }[];
};

/** Whether another route of a criterion's group of alternatives is met, so that it no longer matters. */
export function settledByAlternative(tier: TierLike, id: CriterionId): boolean {
  return (tier.alternatives ?? []).some(
    (group) => group.includes(id) && tier.criteria.some((c) => c.outcome === "met" && group.includes(c.id)),
  );
}

/**
 * The checklist: per tier not met, each criterion not met, unknown or to judge that still matters
 * (no other route of its group met), once per criterion with every tier it holds back, in the
 * order of the tiers and their criteria.
 */
export function requestItems(tiers: readonly TierLike[]): RequestItem[] {
  const items = new Map<CriterionId, RequestItem>();
  for (const tier of tiers) {
    if (tier.verdict === "eligible") continue;
    for (const c of tier.criteria) {
      if (!(ASKED_OUTCOMES as readonly string[]).includes(c.outcome) || settledByAlternative(tier, c.id)) continue;
      const item = items.get(c.id);
      if (item) item.tiers.push(tier.id as TierId);
      else items.set(c.id, { criterion: c.id, tiers: [tier.id as TierId], outcome: c.outcome as AskedOutcome });
    }
  }
  return [...items.values()];
}

/** The items column read defensively: a malformed entry is left out, never a broken page. */
export function parseItems(json: unknown): RequestItem[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((x): RequestItem[] => {
    if (typeof x !== "object" || x === null) return [];
    const { criterion, tiers, outcome } = x as Record<string, unknown>;
    if (typeof criterion !== "string" || !(ASKED_OUTCOMES as readonly unknown[]).includes(outcome)) return [];
    const known = Array.isArray(tiers)
      ? tiers.filter((t): t is TierId => (TIER_IDS as readonly unknown[]).includes(t))
      : [];
    return [{ criterion: criterion as CriterionId, tiers: known, outcome: outcome as AskedOutcome }];
  });
}

export const MAIL_STATUSES = ["sent", "failed", "no_address", "not_configured"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** A checklist point's criterion and tiers in a reader's words (the message around them is the page's). */
export function requestItemParts(
  item: RequestItem,
  locale: Locale,
  ruleset: RulesetId,
  separator: string,
): { criterion: string; tiers: string } {
  return {
    criterion: criterionLabels[locale][item.criterion] ?? item.criterion,
    tiers: item.tiers.map((tier) => tierTitle(locale, ruleset, tier)).join(separator),
  };
}
