-- AlterTable
ALTER TABLE "designated_enterprise" ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';

-- Rows imported before this column existed become searchable at once.
UPDATE "designated_enterprise" SET "search_text" = lower(normalize(concat_ws(' ', "name", "main_product"), NFKC));
