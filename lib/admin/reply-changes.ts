// What a company's reply to a request for more information changed: its answers, leaf by leaf,
// and the tier verdicts of the evaluations before and after (as computed, before any override).
import { storedEvaluation, type CriterionId, type Outcome, type TierId, type Verdict } from "@/lib/criteria";
import { factLeaves } from "@/lib/criteria/facts/catalogue";
import { getAt, type Answers } from "@/lib/questionnaire/answers";

export type AnswerChange = { path: string; before: unknown; after: unknown };
export type VerdictChange = { tier: TierId; before: Verdict | null; after: Verdict | null };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? undefined) === JSON.stringify(b ?? undefined);

/** Every answer that differs, in the questionnaire's order. */
export function answerChanges(before: Answers, after: Answers): AnswerChange[] {
  return factLeaves.flatMap((leaf) => {
    const a = getAt(before, leaf.path);
    const b = getAt(after, leaf.path);
    return same(a, b) ? [] : [{ path: leaf.path, before: a, after: b }];
  });
}

/** Each tier whose verdict differs between two stored evaluations. */
export function verdictChanges(before: unknown, after: unknown): VerdictChange[] {
  const tiers = (json: unknown) => new Map((storedEvaluation(json, null)?.tiers ?? []).map((t) => [t.id, t.verdict]));
  const a = tiers(before);
  const b = tiers(after);
  const ids = [...new Set([...a.keys(), ...b.keys()])] as TierId[];
  return ids.flatMap((tier) =>
    a.get(tier) === b.get(tier) ? [] : [{ tier, before: a.get(tier) ?? null, after: b.get(tier) ?? null }],
  );
}

/**
 * Each requested criterion's outcome in the evaluation after the reply (as computed, before any
 * override), in the first of its tiers that still judges it: what the reply made of the checklist.
 */
export function outcomesAfter(
  items: readonly { criterion: CriterionId; tiers: readonly TierId[] }[],
  after: unknown,
): Map<CriterionId, Outcome> {
  const tiers = storedEvaluation(after, null)?.tiers ?? [];
  const out = new Map<CriterionId, Outcome>();
  for (const item of items)
    for (const tier of item.tiers) {
      const found = tiers.find((t) => t.id === tier)?.criteria.find((c) => c.id === item.criterion);
      if (found) {
        out.set(item.criterion, found.outcome);
        break;
      }
    }
  return out;
}
