-- CreateEnum
CREATE TYPE "EnterpriseStatus" AS ENUM ('active', 'revoked', 'expired');

-- CreateEnum
CREATE TYPE "EnterpriseImportKind" AS ENUM ('file', 'sample');

-- CreateTable
CREATE TABLE "designated_enterprise" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "uscc" TEXT,
    "province_code" VARCHAR(2) NOT NULL,
    "city" TEXT,
    "batch" INTEGER NOT NULL,
    "year" INTEGER,
    "industry_code" TEXT,
    "main_product" TEXT,
    "status" "EnterpriseStatus" NOT NULL DEFAULT 'active',
    "revenue" DOUBLE PRECISION,
    "revenue_growth" DOUBLE PRECISION,
    "rd_intensity" DOUBLE PRECISION,
    "main_business_share" DOUBLE PRECISION,
    "class_one_ip" INTEGER,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "import_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "designated_enterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enterprise_import" (
    "id" UUID NOT NULL,
    "kind" "EnterpriseImportKind" NOT NULL DEFAULT 'file',
    "file_name" TEXT NOT NULL,
    "imported_by" TEXT,
    "batch" INTEGER,
    "year" INTEGER,
    "row_count" INTEGER NOT NULL,
    "imported" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "enterprise_import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "designated_enterprise_uscc_key" ON "designated_enterprise"("uscc");

-- CreateIndex
CREATE INDEX "designated_enterprise_name_id_idx" ON "designated_enterprise"("name", "id");

-- CreateIndex
CREATE INDEX "designated_enterprise_province_code_batch_idx" ON "designated_enterprise"("province_code", "batch");

-- CreateIndex
CREATE INDEX "designated_enterprise_batch_idx" ON "designated_enterprise"("batch");

-- CreateIndex
CREATE INDEX "designated_enterprise_industry_code_idx" ON "designated_enterprise"("industry_code");

-- CreateIndex
CREATE UNIQUE INDEX "designated_enterprise_name_key_province_code_key" ON "designated_enterprise"("name_key", "province_code");

-- AddForeignKey
ALTER TABLE "designated_enterprise" ADD CONSTRAINT "designated_enterprise_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "enterprise_import"("id") ON DELETE SET NULL ON UPDATE CASCADE;
