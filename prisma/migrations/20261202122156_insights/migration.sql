-- AlterTable
ALTER TABLE "assessment" ADD COLUMN     "debt_ratio" DOUBLE PRECISION,
ADD COLUMN     "main_share" DOUBLE PRECISION,
ADD COLUMN     "rd_intensity" DOUBLE PRECISION,
ADD COLUMN     "revenue" DOUBLE PRECISION,
ADD COLUMN     "unmet_innovative_sme" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "unmet_little_giant" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "unmet_specialized_sme" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "assessment_insight" (
    "assessment_id" UUID NOT NULL,
    "status" "AssessmentStatus" NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "province" VARCHAR(2),
    "industry_code" TEXT,
    "ruleset_id" TEXT NOT NULL,
    "verdict_innovative_sme" "TierVerdict",
    "verdict_specialized_sme" "TierVerdict",
    "verdict_little_giant" "TierVerdict",
    "profile_id" INTEGER NOT NULL,
    "rd_intensity" DOUBLE PRECISION,
    "main_share" DOUBLE PRECISION,
    "debt_ratio" DOUBLE PRECISION,
    "revenue" DOUBLE PRECISION,

    CONSTRAINT "assessment_insight_pkey" PRIMARY KEY ("assessment_id")
);

-- CreateTable
CREATE TABLE "insight_profile" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "verdict_innovative_sme" "TierVerdict",
    "verdict_specialized_sme" "TierVerdict",
    "verdict_little_giant" "TierVerdict",
    "unmet_innovative_sme" TEXT[],
    "unmet_specialized_sme" TEXT[],
    "unmet_little_giant" TEXT[],

    CONSTRAINT "insight_profile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "assessment_insight_submitted_at_idx" ON "assessment_insight"("submitted_at");

-- CreateIndex
CREATE INDEX "assessment_insight_province_submitted_at_idx" ON "assessment_insight"("province", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "insight_profile_key_key" ON "insight_profile"("key");

-- AddForeignKey
ALTER TABLE "assessment_insight" ADD CONSTRAINT "assessment_insight_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The insights page reads assessment_insight and its few insight_profiles: one narrow row per submitted assessment, kept
-- here from the columns that submission, overrides and test data write (lib/assessments/list-columns.ts),
-- so every writer, raw SQL included, keeps it current in the same transaction. Its verdicts and
-- criteria not met are numbered as an insight_profile; a new combination is added once (a
-- concurrent writer of the same one waits for it, then reads it), an existing one is only read.
CREATE FUNCTION "assessment_insight_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "k" TEXT := concat_ws('|', COALESCE(NEW."verdict_innovative_sme"::text, ''),
    COALESCE(NEW."verdict_specialized_sme"::text, ''), COALESCE(NEW."verdict_little_giant"::text, ''),
    array_to_string(COALESCE(NEW."unmet_innovative_sme", '{}'), ','),
    array_to_string(COALESCE(NEW."unmet_specialized_sme", '{}'), ','),
    array_to_string(COALESCE(NEW."unmet_little_giant", '{}'), ','));
  "profile" INTEGER;
BEGIN
  SELECT "id" INTO "profile" FROM "insight_profile" WHERE "key" = "k";
  IF "profile" IS NULL THEN
    INSERT INTO "insight_profile" ("key", "verdict_innovative_sme", "verdict_specialized_sme", "verdict_little_giant",
      "unmet_innovative_sme", "unmet_specialized_sme", "unmet_little_giant")
    VALUES ("k", NEW."verdict_innovative_sme", NEW."verdict_specialized_sme", NEW."verdict_little_giant",
      COALESCE(NEW."unmet_innovative_sme", '{}'), COALESCE(NEW."unmet_specialized_sme", '{}'),
      COALESCE(NEW."unmet_little_giant", '{}'))
    ON CONFLICT ("key") DO NOTHING RETURNING "id" INTO "profile";
    IF "profile" IS NULL THEN
      SELECT "id" INTO "profile" FROM "insight_profile" WHERE "key" = "k";
    END IF;
  END IF;
  INSERT INTO "assessment_insight" ("assessment_id", "status", "submitted_at", "province", "industry_code", "ruleset_id",
    "verdict_innovative_sme", "verdict_specialized_sme", "verdict_little_giant", "profile_id",
    "rd_intensity", "main_share", "debt_ratio", "revenue")
  VALUES (NEW."id", NEW."status", NEW."submitted_at", NEW."province", NEW."industry_code", NEW."ruleset_id",
    NEW."verdict_innovative_sme", NEW."verdict_specialized_sme", NEW."verdict_little_giant", "profile",
    NEW."rd_intensity", NEW."main_share", NEW."debt_ratio", NEW."revenue")
  ON CONFLICT ("assessment_id") DO UPDATE SET
    "status" = EXCLUDED."status", "submitted_at" = EXCLUDED."submitted_at", "province" = EXCLUDED."province",
    "industry_code" = EXCLUDED."industry_code", "ruleset_id" = EXCLUDED."ruleset_id",
    "verdict_innovative_sme" = EXCLUDED."verdict_innovative_sme",
    "verdict_specialized_sme" = EXCLUDED."verdict_specialized_sme",
    "verdict_little_giant" = EXCLUDED."verdict_little_giant", "profile_id" = EXCLUDED."profile_id",
    "rd_intensity" = EXCLUDED."rd_intensity", "main_share" = EXCLUDED."main_share",
    "debt_ratio" = EXCLUDED."debt_ratio", "revenue" = EXCLUDED."revenue";
  RETURN NULL;
END $$;

-- Drafts never reach the table; a submitted assessment never becomes a draft again.
CREATE TRIGGER "assessment_insight_sync" AFTER INSERT OR UPDATE ON "assessment"
  FOR EACH ROW WHEN (NEW."status" <> 'draft' AND NEW."submitted_at" IS NOT NULL)
  EXECUTE FUNCTION "assessment_insight_sync"();

-- Backfill of the assessments submitted before: the same values lib/insights/insight-columns.ts
-- computes (derived metrics as the engine's clean(), unmet criteria after the latest override of
-- each criterion, alternatives counted only while none of them is met or open). The trigger
-- copies each updated row into assessment_insight.
WITH "submitted" AS (
  SELECT "id", CASE WHEN jsonb_typeof("evaluation" -> 'tiers') = 'array' THEN "evaluation" -> 'tiers' ELSE '[]' END AS "tiers",
    CASE WHEN jsonb_typeof("answers" #> '{finance,revenue,y1}') = 'number' THEN ("answers" #>> '{finance,revenue,y1}')::float8 END AS "revenue",
    CASE WHEN jsonb_typeof("answers" #> '{finance,mainRevenue,y1}') = 'number' THEN ("answers" #>> '{finance,mainRevenue,y1}')::float8 END AS "main_revenue",
    CASE WHEN jsonb_typeof("answers" #> '{finance,rdExpense,y1}') = 'number' THEN ("answers" #>> '{finance,rdExpense,y1}')::float8 END AS "rd_expense",
    CASE WHEN jsonb_typeof("answers" #> '{finance,totalAssets}') = 'number' THEN ("answers" #>> '{finance,totalAssets}')::float8 END AS "assets",
    CASE WHEN jsonb_typeof("answers" #> '{finance,totalLiabilities}') = 'number' THEN ("answers" #>> '{finance,totalLiabilities}')::float8 END AS "liabilities"
  FROM "assessment"
  WHERE "status" <> 'draft' AND "submitted_at" IS NOT NULL
), "latest" AS (
  SELECT DISTINCT ON ("assessment_id", "tier_id", "criterion_id") "assessment_id", "tier_id", "criterion_id", "new_outcome"
  FROM "criterion_override" ORDER BY "assessment_id", "tier_id", "criterion_id", "id" DESC
), "crit" AS (
  SELECT s."id", tt.t ->> 'id' AS "tier", cc.c ->> 'id' AS "cid", COALESCE(l."new_outcome", cc.c ->> 'outcome') AS "outcome",
    tt.tord * 1000 + cc.cord AS "ord"
  FROM "submitted" s
  CROSS JOIN LATERAL jsonb_array_elements(s."tiers") WITH ORDINALITY AS tt(t, tord)
  CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN jsonb_typeof(tt.t -> 'criteria') = 'array' THEN tt.t -> 'criteria' ELSE '[]' END
  ) WITH ORDINALITY AS cc(c, cord)
  LEFT JOIN "latest" l ON l."assessment_id" = s."id" AND l."tier_id" = tt.t ->> 'id' AND l."criterion_id" = cc.c ->> 'id'
), "groups" AS (
  SELECT s."id", t ->> 'id' AS "tier", g AS "members"
  FROM "submitted" s
  CROSS JOIN LATERAL jsonb_array_elements(s."tiers") AS t
  CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN jsonb_typeof(t -> 'alternatives') = 'array' THEN t -> 'alternatives' ELSE '[]' END
  ) AS g
), "excused" AS (
  SELECT DISTINCT g."id", g."tier", m AS "cid"
  FROM "groups" g
  JOIN "crit" y ON y."id" = g."id" AND y."tier" = g."tier" AND g."members" ? y."cid"
    AND y."outcome" IN ('met', 'unknown', 'manual')
  CROSS JOIN LATERAL jsonb_array_elements_text(g."members") AS m
), "unmet" AS (
  SELECT x."id", x."tier", array_agg(x."cid" ORDER BY x."ord") AS "ids"
  FROM "crit" x
  LEFT JOIN "excused" e ON e."id" = x."id" AND e."tier" = x."tier" AND e."cid" = x."cid"
  WHERE x."outcome" = 'not_met' AND e."id" IS NULL
  GROUP BY x."id", x."tier"
)
UPDATE "assessment" a SET
  "unmet_innovative_sme" = COALESCE(ui."ids", '{}'),
  "unmet_specialized_sme" = COALESCE(us."ids", '{}'),
  "unmet_little_giant" = COALESCE(ul."ids", '{}'),
  -- the engine's pct() and clean(): a × 100 / b, null when either is unknown or b is 0, noise rounded off
  "rd_intensity" = CASE WHEN s."revenue" <> 0 THEN round((s."rd_expense" * 100 / s."revenue")::numeric, 9)::float8 END,
  "main_share" = CASE WHEN s."revenue" <> 0 THEN round((s."main_revenue" * 100 / s."revenue")::numeric, 9)::float8 END,
  "debt_ratio" = CASE WHEN s."assets" <> 0 THEN round((s."liabilities" * 100 / s."assets")::numeric, 9)::float8 END,
  "revenue" = s."revenue"
FROM "submitted" s
LEFT JOIN "unmet" ui ON ui."id" = s."id" AND ui."tier" = 'innovative-sme'
LEFT JOIN "unmet" us ON us."id" = s."id" AND us."tier" = 'specialized-sme'
LEFT JOIN "unmet" ul ON ul."id" = s."id" AND ul."tier" = 'little-giant'
WHERE a."id" = s."id";

-- The page's plan (hashing the groups, not sorting 100,000 rows) needs the table's statistics:
-- gathered here rather than at autovacuum's next pass after the backfill.
ANALYZE "assessment_insight";
