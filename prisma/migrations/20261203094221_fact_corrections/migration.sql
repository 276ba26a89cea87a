-- AlterTable
ALTER TABLE "assessment" ADD COLUMN     "corrected_answers" JSONB,
ADD COLUMN     "corrected_evaluation" JSONB;

-- CreateTable
CREATE TABLE "fact_correction" (
    "id" BIGSERIAL NOT NULL,
    "assessment_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "path" TEXT NOT NULL,
    "submitted" JSONB,
    "value" JSONB,
    "reason" TEXT NOT NULL,
    "actor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fact_correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "fact_correction_assessment_id_created_at_idx" ON "fact_correction"("assessment_id", "created_at");

-- AddForeignKey
ALTER TABLE "fact_correction" ADD CONSTRAINT "fact_correction_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fact_correction" ADD CONSTRAINT "fact_correction_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "admin_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
