import { raise } from "../gap";
import { reaches, type ScoreResult } from "../score";
import { composite, type Part } from "./parts";

// A points score as criterion parts: the total against the pass mark, and every group that has
// its own minimum. Each is met/not_met/unknown on the [min, max] interval (criteria.md section 2).

export function scoreParts(score: ScoreResult): Part[] {
  const parts: Part[] = [];
  const totalOutcome = reaches(score, score.passMark);
  parts.push(
    composite(
      "score",
      `score >= ${score.passMark}`,
      totalOutcome,
      totalOutcome === "not_met" ? [raise("score", score.max, score.passMark, "分")] : [],
      { scoreMin: score.min, scoreMax: score.max },
    ),
  );
  for (const [id, g] of Object.entries(score.groups)) {
    if (g.subMinimum === null) continue;
    const o = reaches(g, g.subMinimum);
    parts.push(
      composite(
        `score.${id}`,
        `score.${id} >= ${g.subMinimum}`,
        o,
        o === "not_met" ? [raise(`score.${id}`, g.max, g.subMinimum, "分")] : [],
        { min: g.min, max: g.max },
      ),
    );
  }
  return parts;
}
