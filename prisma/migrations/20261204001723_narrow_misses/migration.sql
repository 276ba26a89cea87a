-- AlterTable
ALTER TABLE "assessment" ADD COLUMN     "narrow_little_giant" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Backfill of the assessments submitted before, as lib/insights/insight-columns.ts narrowMisses
-- decides: of the Little Giant criteria not met (the column, overrides already applied), those
-- whose gaps in the evaluation in force (a correction's over the submitted one) are, on some route
-- (an OR's option, or the only one), each within a tenth of what they require; in the same order.
UPDATE "assessment" AS a SET "narrow_little_giant" = ARRAY(
  SELECT u FROM unnest(a."unmet_little_giant") AS u
  WHERE EXISTS (
    SELECT 1
    FROM jsonb_array_elements(
      CASE WHEN jsonb_typeof(COALESCE(a."corrected_evaluation", a."evaluation") -> 'tiers') = 'array'
        THEN COALESCE(a."corrected_evaluation", a."evaluation") -> 'tiers' ELSE '[]'::jsonb END
    ) AS t
    CROSS JOIN LATERAL jsonb_array_elements(
      CASE WHEN jsonb_typeof(t -> 'criteria') = 'array' THEN t -> 'criteria' ELSE '[]'::jsonb END
    ) AS c
    WHERE t ->> 'id' = 'little-giant' AND c ->> 'id' = u
      AND EXISTS (
        SELECT 1
        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(c -> 'gaps') = 'array' THEN c -> 'gaps' ELSE '[]'::jsonb END) AS g
        GROUP BY COALESCE(g #>> '{alternative,option}', '-1')
        HAVING bool_and(
          CASE WHEN jsonb_typeof(g -> 'shortfall') = 'number' AND jsonb_typeof(g -> 'required') = 'number'
            THEN (g ->> 'shortfall')::float8 <= 0.1 * abs((g ->> 'required')::float8) ELSE false END
        )
      )
  )
  ORDER BY array_position(a."unmet_little_giant", u)
)
WHERE a."status" <> 'draft' AND cardinality(a."unmet_little_giant") > 0;
