-- AlterTable
ALTER TABLE "enterprise_import" ADD COLUMN     "error_count" INTEGER NOT NULL DEFAULT 0;

-- Imports recorded before the count: every error was kept then.
UPDATE "enterprise_import" SET "error_count" = jsonb_array_length("errors") WHERE jsonb_typeof("errors") = 'array';
