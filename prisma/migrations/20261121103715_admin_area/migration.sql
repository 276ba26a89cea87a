-- CreateEnum
CREATE TYPE "TierVerdict" AS ENUM ('eligible', 'not_eligible', 'undetermined');

-- CreateEnum
CREATE TYPE "AdminRole" AS ENUM ('admin', 'reviewer');

-- AlterTable
ALTER TABLE "assessment" ADD COLUMN     "company_name" TEXT,
ADD COLUMN     "designated_batch" INTEGER,
ADD COLUMN     "designated_year" INTEGER,
ADD COLUMN     "industry_code" TEXT,
ADD COLUMN     "province" VARCHAR(2),
ADD COLUMN     "uscc" TEXT,
ADD COLUMN     "verdict_innovative_sme" "TierVerdict",
ADD COLUMN     "verdict_little_giant" "TierVerdict",
ADD COLUMN     "verdict_specialized_sme" "TierVerdict";

-- CreateTable
CREATE TABLE "admin_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "AdminRole" NOT NULL,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "admin_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admin_session" (
    "id_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "admin_session_pkey" PRIMARY KEY ("id_hash")
);

-- CreateTable
CREATE TABLE "login_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "last_failure_at" TIMESTAMPTZ(3) NOT NULL,
    "blocked_until" TIMESTAMPTZ(3),

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" UUID,
    "actor_email" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_event" (
    "id" BIGSERIAL NOT NULL,
    "assessment_id" UUID NOT NULL,
    "from_status" "AssessmentStatus" NOT NULL,
    "to_status" "AssessmentStatus" NOT NULL,
    "note" TEXT NOT NULL,
    "actor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "criterion_override" (
    "id" BIGSERIAL NOT NULL,
    "assessment_id" UUID NOT NULL,
    "tier_id" TEXT NOT NULL,
    "criterion_id" TEXT NOT NULL,
    "original_outcome" TEXT NOT NULL,
    "new_outcome" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "actor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "criterion_override_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "admin_user_email_key" ON "admin_user"("email");

-- CreateIndex
CREATE INDEX "admin_session_user_id_idx" ON "admin_session"("user_id");

-- CreateIndex
CREATE INDEX "audit_log_created_at_id_idx" ON "audit_log"("created_at", "id");

-- CreateIndex
CREATE INDEX "audit_log_target_type_target_id_created_at_idx" ON "audit_log"("target_type", "target_id", "created_at");

-- CreateIndex
CREATE INDEX "review_event_assessment_id_created_at_idx" ON "review_event"("assessment_id", "created_at");

-- CreateIndex
CREATE INDEX "criterion_override_assessment_id_created_at_idx" ON "criterion_override"("assessment_id", "created_at");

-- CreateIndex
CREATE INDEX "assessment_submitted_at_id_idx" ON "assessment"("submitted_at", "id");

-- CreateIndex
CREATE INDEX "assessment_status_submitted_at_id_idx" ON "assessment"("status", "submitted_at", "id");

-- CreateIndex
CREATE INDEX "assessment_province_submitted_at_id_idx" ON "assessment"("province", "submitted_at", "id");

-- CreateIndex
CREATE INDEX "assessment_verdict_little_giant_submitted_at_id_idx" ON "assessment"("verdict_little_giant", "submitted_at", "id");

-- CreateIndex
CREATE INDEX "assessment_company_name_id_idx" ON "assessment"("company_name", "id");

-- CreateIndex
CREATE INDEX "assessment_uscc_idx" ON "assessment"("uscc");

-- CreateIndex
CREATE INDEX "assessment_industry_code_idx" ON "assessment"("industry_code");

-- AddForeignKey
ALTER TABLE "admin_session" ADD CONSTRAINT "admin_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "admin_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_event" ADD CONSTRAINT "review_event_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_event" ADD CONSTRAINT "review_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "admin_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "criterion_override" ADD CONSTRAINT "criterion_override_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "criterion_override" ADD CONSTRAINT "criterion_override_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "admin_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the audit log, review events and criterion overrides are append-only for every
-- role, the application's own database user included. A trigger refuses any change or removal.
CREATE FUNCTION "refuse_append_only_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = '55000';
END;
$$;

CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "review_event_append_only" BEFORE UPDATE OR DELETE ON "review_event"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "review_event_no_truncate" BEFORE TRUNCATE ON "review_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "criterion_override_append_only" BEFORE UPDATE OR DELETE ON "criterion_override"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "criterion_override_no_truncate" BEFORE TRUNCATE ON "criterion_override"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();

-- Hand-written: fill the admin list's columns for assessments submitted before this migration.
UPDATE "assessment" SET
  "company_name" = COALESCE("answers" #>> '{company,name}', ''),
  "uscc" = "answers" #>> '{company,uscc}',
  "province" = LEFT("answers" #>> '{company,province}', 2),
  "industry_code" = "answers" #>> '{company,industryCode}',
  "verdict_innovative_sme" = (SELECT (t ->> 'verdict')::"TierVerdict" FROM jsonb_array_elements("evaluation" -> 'tiers') t WHERE t ->> 'id' = 'innovative-sme'),
  "verdict_specialized_sme" = (SELECT (t ->> 'verdict')::"TierVerdict" FROM jsonb_array_elements("evaluation" -> 'tiers') t WHERE t ->> 'id' = 'specialized-sme'),
  "verdict_little_giant" = (SELECT (t ->> 'verdict')::"TierVerdict" FROM jsonb_array_elements("evaluation" -> 'tiers') t WHERE t ->> 'id' = 'little-giant')
WHERE "status" <> 'draft' AND jsonb_typeof("evaluation" -> 'tiers') = 'array';
