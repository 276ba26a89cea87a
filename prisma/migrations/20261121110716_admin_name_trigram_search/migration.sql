-- The admin list's search for part of a company name (lib/admin/assessment-query.ts, ILIKE
-- '%…%') through a trigram index; without it a rare name scans every row. pg_trgm is a trusted
-- extension (PostgreSQL 13+): the database's owner may create it; PGlite loads it in lib/db/sql.ts.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "assessment_company_name_trgm_idx" ON "assessment" USING GIN ("company_name" gin_trgm_ops);
