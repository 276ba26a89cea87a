-- CreateTable
CREATE TABLE "screening" (
    "id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_by_id" UUID,
    "ruleset_id" TEXT,
    "headers" JSONB NOT NULL DEFAULT '[]',
    "notes" JSONB NOT NULL DEFAULT '[]',
    "row_count" INTEGER NOT NULL,
    "evaluated" INTEGER NOT NULL,
    "with_issues" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "screening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "screening_row" (
    "screening_id" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "name" TEXT,
    "cells" JSONB NOT NULL,
    "facts" JSONB,
    "issues" JSONB NOT NULL DEFAULT '[]',
    "result" JSONB,

    CONSTRAINT "screening_row_pkey" PRIMARY KEY ("screening_id","row")
);

-- CreateIndex
CREATE INDEX "screening_created_at_idx" ON "screening"("created_at");

-- AddForeignKey
ALTER TABLE "screening_row" ADD CONSTRAINT "screening_row_screening_id_fkey" FOREIGN KEY ("screening_id") REFERENCES "screening"("id") ON DELETE CASCADE ON UPDATE CASCADE;
