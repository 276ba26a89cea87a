-- The admin list sorted by a key figure, an unknown one last in either direction: the order is on
-- COALESCE(column, ∓Infinity), one index per direction (lib/admin/assessment-query.ts). Prisma's
-- schema cannot declare an index on an expression; its drift check leaves them alone.
CREATE INDEX "assessment_revenue_desc_idx" ON "assessment" ((COALESCE("revenue", '-Infinity'::float8)), "id");
CREATE INDEX "assessment_revenue_asc_idx" ON "assessment" ((COALESCE("revenue", 'Infinity'::float8)), "id");
CREATE INDEX "assessment_rd_intensity_desc_idx" ON "assessment" ((COALESCE("rd_intensity", '-Infinity'::float8)), "id");
CREATE INDEX "assessment_rd_intensity_asc_idx" ON "assessment" ((COALESCE("rd_intensity", 'Infinity'::float8)), "id");
