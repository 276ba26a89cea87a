-- AlterTable
ALTER TABLE "assessment" ADD COLUMN     "copied_from_id" UUID;
