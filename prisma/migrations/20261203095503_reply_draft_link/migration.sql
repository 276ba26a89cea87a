-- AlterTable
ALTER TABLE "information_request" ADD COLUMN     "reply_draft_id" UUID;

-- CreateIndex
CREATE INDEX "information_request_reply_draft_id_idx" ON "information_request"("reply_draft_id");
