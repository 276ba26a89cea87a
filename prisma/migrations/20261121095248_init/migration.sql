-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('draft', 'submitted', 'in_review', 'recommended', 'not_recommended', 'needs_information');

-- CreateTable
CREATE TABLE "assessment" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'draft',
    "answers" JSONB NOT NULL DEFAULT '{}',
    "ruleset_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "evaluation" JSONB,
    "submitted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "assessment_reference_key" ON "assessment"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_token_hash_key" ON "assessment"("token_hash");

-- CreateIndex
CREATE INDEX "assessment_status_created_at_idx" ON "assessment"("status", "created_at");
