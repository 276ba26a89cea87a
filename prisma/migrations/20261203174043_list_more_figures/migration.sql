-- AlterTable
ALTER TABLE "assessment" ADD COLUMN     "ip_class_one" DOUBLE PRECISION,
ADD COLUMN     "revenue_growth" DOUBLE PRECISION,
ADD COLUMN     "share_domestic" DOUBLE PRECISION;

-- Backfill of the assessments submitted before, from the answers in force (a reviewer's
-- corrections over the submitted ones), as lib/assessments/list-columns.ts computes them: the
-- growth as the engine's revenueGrowthY1 (rounded to 9 decimals, as its clean() does).
WITH "figures" AS (
  SELECT "id", COALESCE("corrected_answers", "answers") AS "a" FROM "assessment"
  WHERE "status" <> 'draft' AND "submitted_at" IS NOT NULL
), "numbers" AS (
  SELECT "id",
    CASE WHEN jsonb_typeof("a" #> '{finance,revenue,y1}') = 'number' THEN ("a" #>> '{finance,revenue,y1}')::float8 END AS "y1",
    CASE WHEN jsonb_typeof("a" #> '{finance,revenue,y2}') = 'number' THEN ("a" #>> '{finance,revenue,y2}')::float8 END AS "y2",
    CASE WHEN jsonb_typeof("a" #> '{ip,classOne}') = 'number' THEN ("a" #>> '{ip,classOne}')::float8 END AS "ip",
    CASE WHEN jsonb_typeof("a" #> '{market,shareDomestic}') = 'number' THEN ("a" #>> '{market,shareDomestic}')::float8 END AS "share"
  FROM "figures"
)
UPDATE "assessment" AS x SET
  "revenue_growth" = CASE WHEN n."y1" IS NOT NULL AND n."y2" IS NOT NULL AND n."y2" <> 0
    THEN round(((n."y1" - n."y2") * 100 / abs(n."y2"))::numeric, 9)::float8 END,
  "ip_class_one" = n."ip",
  "share_domestic" = n."share"
FROM "numbers" n WHERE x."id" = n."id";

-- Sorted by each, an unknown figure last either way (as migration list_figure_sorts).
CREATE INDEX "assessment_revenue_growth_desc_idx" ON "assessment" ((COALESCE("revenue_growth", '-Infinity'::float8)), "id");
CREATE INDEX "assessment_revenue_growth_asc_idx" ON "assessment" ((COALESCE("revenue_growth", 'Infinity'::float8)), "id");
CREATE INDEX "assessment_ip_class_one_desc_idx" ON "assessment" ((COALESCE("ip_class_one", '-Infinity'::float8)), "id");
CREATE INDEX "assessment_ip_class_one_asc_idx" ON "assessment" ((COALESCE("ip_class_one", 'Infinity'::float8)), "id");
CREATE INDEX "assessment_share_domestic_desc_idx" ON "assessment" ((COALESCE("share_domestic", '-Infinity'::float8)), "id");
CREATE INDEX "assessment_share_domestic_asc_idx" ON "assessment" ((COALESCE("share_domestic", 'Infinity'::float8)), "id");
