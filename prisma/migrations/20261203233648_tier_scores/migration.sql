-- AlterTable
ALTER TABLE "assessment" ADD COLUMN     "score_innovative_max" DOUBLE PRECISION,
ADD COLUMN     "score_innovative_min" DOUBLE PRECISION,
ADD COLUMN     "score_specialized_max" DOUBLE PRECISION,
ADD COLUMN     "score_specialized_min" DOUBLE PRECISION;

-- Backfill of the assessments submitted before, from the evaluation in force (a reviewer's
-- correction over the submitted one), as lib/assessments/list-columns.ts writes them: each scored
-- tier's lowest and highest possible score.
WITH "scores" AS (
  SELECT a."id", t ->> 'id' AS "tier", (t #>> '{score,min}')::float8 AS "min", (t #>> '{score,max}')::float8 AS "max"
  FROM "assessment" a
  CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN jsonb_typeof(COALESCE(a."corrected_evaluation", a."evaluation") -> 'tiers') = 'array'
      THEN COALESCE(a."corrected_evaluation", a."evaluation") -> 'tiers' ELSE '[]'::jsonb END
  ) AS t
  WHERE a."status" <> 'draft'
    AND jsonb_typeof(t #> '{score,min}') = 'number' AND jsonb_typeof(t #> '{score,max}') = 'number'
), "by_assessment" AS (
  SELECT "id",
    max("min") FILTER (WHERE "tier" = 'innovative-sme') AS "innovative_min",
    max("max") FILTER (WHERE "tier" = 'innovative-sme') AS "innovative_max",
    max("min") FILTER (WHERE "tier" = 'specialized-sme') AS "specialized_min",
    max("max") FILTER (WHERE "tier" = 'specialized-sme') AS "specialized_max"
  FROM "scores" GROUP BY "id"
)
UPDATE "assessment" AS x SET
  "score_innovative_min" = s."innovative_min",
  "score_innovative_max" = s."innovative_max",
  "score_specialized_min" = s."specialized_min",
  "score_specialized_max" = s."specialized_max"
FROM "by_assessment" s WHERE x."id" = s."id";

-- Sorted by the lowest possible score, an unknown one last either way (as migration list_figure_sorts).
CREATE INDEX "assessment_score_innovative_desc_idx" ON "assessment" ((COALESCE("score_innovative_min", '-Infinity'::float8)), "id");
CREATE INDEX "assessment_score_innovative_asc_idx" ON "assessment" ((COALESCE("score_innovative_min", 'Infinity'::float8)), "id");
CREATE INDEX "assessment_score_specialized_desc_idx" ON "assessment" ((COALESCE("score_specialized_min", '-Infinity'::float8)), "id");
CREATE INDEX "assessment_score_specialized_asc_idx" ON "assessment" ((COALESCE("score_specialized_min", 'Infinity'::float8)), "id");
