-- AlterTable
ALTER TABLE "assessment" ADD COLUMN     "pending" JSONB NOT NULL DEFAULT '{}';
