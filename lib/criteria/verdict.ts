import { any } from "./logic";
import type { CriterionId, Outcome, Verdict } from "./types";

// criteria.md section 2: not_eligible if any criterion is not_met, else undetermined if any is
// unknown or manual, else eligible; a group of alternatives counts once, as their OR.

export function tierVerdict(
  outcomes: ReadonlyArray<{ id: CriterionId; outcome: Outcome }>,
  alternatives: readonly (readonly CriterionId[])[],
): Verdict {
  const effective: Outcome[] = [];
  for (const c of outcomes) {
    if (alternatives.length === 0 || !alternatives.some((g) => g.includes(c.id))) effective.push(c.outcome);
  }
  for (const g of alternatives) effective.push(any(outcomes.filter((c) => g.includes(c.id)).map((c) => c.outcome)));
  let open = false;
  for (const o of effective) {
    if (o === "not_met") return "not_eligible";
    if (o === "unknown" || o === "manual") open = true;
  }
  return open ? "undetermined" : "eligible";
}
