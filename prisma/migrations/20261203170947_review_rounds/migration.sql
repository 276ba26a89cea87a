-- CreateEnum
CREATE TYPE "RoundStage" AS ENUM ('open', 'first_review', 'second_review', 'approved');

-- AlterTable
ALTER TABLE "assessment" ADD COLUMN     "assignee_id" UUID,
ADD COLUMN     "city" TEXT,
ADD COLUMN     "round_id" UUID;

-- CreateTable
CREATE TABLE "review_round" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "ruleset_id" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "quota" INTEGER,
    "stage" "RoundStage" NOT NULL DEFAULT 'open',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "round_signoff" (
    "id" BIGSERIAL NOT NULL,
    "round_id" UUID NOT NULL,
    "stage" "RoundStage" NOT NULL,
    "note" TEXT NOT NULL,
    "actor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "round_signoff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "review_round_created_at_idx" ON "review_round"("created_at");

-- CreateIndex
CREATE INDEX "round_signoff_round_id_created_at_idx" ON "round_signoff"("round_id", "created_at");

-- CreateIndex
CREATE INDEX "assessment_round_id_status_idx" ON "assessment"("round_id", "status");

-- CreateIndex
CREATE INDEX "assessment_assignee_id_idx" ON "assessment"("assignee_id");

-- CreateIndex
CREATE INDEX "assessment_city_idx" ON "assessment"("city");

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "review_round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "admin_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_round" ADD CONSTRAINT "review_round_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "admin_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_signoff" ADD CONSTRAINT "round_signoff_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "review_round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_signoff" ADD CONSTRAINT "round_signoff_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "admin_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
