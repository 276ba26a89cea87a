// The tiers' points scores as the list and the exports show them (columns of "assessment", written
// by lib/assessments/list-columns.ts): exact when every item is known, else the range still possible.
import type { ListRow } from "./assessment-query";

export const SCORED_TIERS = ["innovative", "specialized"] as const;
export type ScoredTier = (typeof SCORED_TIERS)[number];

/** The list order that sorts by each score. */
export const SCORE_SORT = { innovative: "innovative_score", specialized: "specialized_score" } as const;

export type ScoreRange = { min: number | null; max: number | null };

export const scoreOf = (row: ListRow, tier: ScoredTier): ScoreRange =>
  tier === "innovative"
    ? { min: row.scoreInnovativeMin, max: row.scoreInnovativeMax }
    : { min: row.scoreSpecializedMin, max: row.scoreSpecializedMax };

/** A score as a cell: the number when known exactly, "70–85" when only its range is, empty when not scored. */
export function scoreCell({ min, max }: ScoreRange): number | string | null {
  if (min === null || max === null) return null;
  return min === max ? min : `${min}–${max}`;
}
