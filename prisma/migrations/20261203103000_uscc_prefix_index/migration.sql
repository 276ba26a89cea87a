-- The search box's USCC prefix (`"uscc" LIKE 'X%'`): under a database collation other than C the
-- plain b-tree on "uscc" cannot serve LIKE, and PostgreSQL read every row (120 ms at 100,000).
-- Prisma's schema declares operator classes for GIN and GiST indexes only; its drift check leaves
-- this one alone.
CREATE INDEX "assessment_uscc_prefix_idx" ON "assessment" ("uscc" text_pattern_ops);
