// The admin list's filters (lib/admin/assessment-filters.ts, the same URL parameters) as a
// condition on assessment_insight, which carries the columns they filter on. The text search is
// the list's only filter it cannot apply (the page says so).
import { Prisma } from "@/lib/db/generated/client";
import { escapeLike } from "@/lib/db/like";
import type { AssessmentFilters } from "@/lib/admin/assessment-filters";
import type { TierId } from "@/lib/criteria";

export const VERDICT_COLUMNS: Record<TierId, string> = {
  "innovative-sme": "verdict_innovative_sme",
  "specialized-sme": "verdict_specialized_sme",
  "little-giant": "verdict_little_giant",
};

// Dates are days in China, where the offices work (as in the admin list).
const startOfDay = (day: string) => new Date(`${day}T00:00:00+08:00`);
const nextDay = (day: string) => new Date(startOfDay(day).getTime() + 86_400_000);

export function insightWhere(filters: AssessmentFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.status) parts.push(Prisma.sql`"status" = ${filters.status}::"AssessmentStatus"`);
  for (const [tier, verdict] of Object.entries(filters.verdicts) as [TierId, string][]) {
    parts.push(Prisma.sql`${Prisma.raw(`"${VERDICT_COLUMNS[tier]}"`)} = ${verdict}::"TierVerdict"`);
  }
  if (filters.province) parts.push(Prisma.sql`"province" = ${filters.province}`);
  if (filters.industry) parts.push(Prisma.sql`"industry_code" LIKE ${`${escapeLike(filters.industry)}%`}`);
  if (filters.ruleset) parts.push(Prisma.sql`"ruleset_id" = ${filters.ruleset}`);
  if (filters.from) parts.push(Prisma.sql`"submitted_at" >= ${startOfDay(filters.from)}`);
  if (filters.to) parts.push(Prisma.sql`"submitted_at" < ${nextDay(filters.to)}`);
  return Prisma.join(parts, " AND ");
}
