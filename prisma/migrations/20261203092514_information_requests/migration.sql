-- AlterTable
ALTER TABLE "assessment" ADD COLUMN     "contact" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "reply_note" TEXT,
ADD COLUMN     "reply_to_id" UUID;

-- AlterTable
ALTER TABLE "review_event" ALTER COLUMN "actor_id" DROP NOT NULL;

-- CreateTable
CREATE TABLE "information_request" (
    "id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "note" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mail_status" TEXT NOT NULL DEFAULT 'not_configured',
    "mailed_at" TIMESTAMPTZ(3),
    "answered_at" TIMESTAMPTZ(3),
    "reply_note" TEXT,
    "revision_number" INTEGER,

    CONSTRAINT "information_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_revision" (
    "id" BIGSERIAL NOT NULL,
    "assessment_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "evaluation" JSONB NOT NULL,
    "ruleset_id" TEXT NOT NULL,
    "contact" JSONB NOT NULL DEFAULT '{}',
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "information_request_assessment_id_created_at_idx" ON "information_request"("assessment_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_revision_assessment_id_number_key" ON "assessment_revision"("assessment_id", "number");

-- CreateIndex
CREATE INDEX "assessment_reply_to_id_idx" ON "assessment"("reply_to_id");

-- AddForeignKey
ALTER TABLE "information_request" ADD CONSTRAINT "information_request_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "information_request" ADD CONSTRAINT "information_request_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "admin_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_revision" ADD CONSTRAINT "assessment_revision_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
