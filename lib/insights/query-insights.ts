import "server-only";
// The insights over submitted assessments: one scan of the narrow assessment_insight table that
// groups the firms alike for every figure (their insight_profile: verdicts and criteria not met;
// each metric's bar of the histogram), then aggregateInsights over those few groups. Each metric
// is replaced by a value standing for its bar: the thresholds are the bars' edges, so each side of
// every threshold and each bar come out exactly as from the firms' own values.
import { Prisma } from "@/lib/db/generated/client";
import type { AssessmentFilters } from "@/lib/admin/assessment-filters";
import type { RawDb } from "@/lib/admin/assessment-query";
import { rulesetInForce, type CriterionId, type RulesetId, type Verdict } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { aggregateInsights } from "./aggregate";
import { binsOf, upperInclusive } from "./bins";
import { insightWhere } from "./insight-where";
import { metricThresholds } from "./thresholds";
import { METRICS, type InsightFigures, type InsightRow, type MetricId, type MetricThreshold } from "./types";

const COLUMN: Record<MetricId, string> = {
  rdIntensity: "rd_intensity",
  mainShare: "main_share",
  debtRatio: "debt_ratio",
  revenue: "revenue",
};
const floats = (xs: readonly number[]) => {
  if (!xs.every(Number.isFinite)) throw new Error("insights: a bar edge is not a number");
  return Prisma.raw(`ARRAY[${xs.map((x) => x.toString()).join(",")}]::float8[]`);
};

type Bars = { bar: Prisma.Sql; values: number[] };

/**
 * A metric's bar as a number (null when unknown), and a value in each bar by that number: the
 * bar's lower edge (its upper one for debt ratio, whose bars include it), or a value beyond the
 * outermost edge for the open bar there.
 */
function bars(metric: MetricId, thresholds: readonly MetricThreshold[]): Bars {
  const x = Prisma.raw(`"${COLUMN[metric]}"`);
  const edges = binsOf(metric, thresholds).flatMap((b) => (b.hi === null ? [] : [b.hi]));
  if (upperInclusive(metric)) {
    const down = [...edges].reverse();
    return { bar: Prisma.sql`width_bucket(-${x}, ${floats(down.map((e) => -e))})`, values: [down[0]! + 1, ...down] };
  }
  return { bar: Prisma.sql`width_bucket(${x}, ${floats(edges)})`, values: [edges[0]! - 1, ...edges] };
}

type Group = {
  v1: Verdict | null;
  v2: Verdict | null;
  v3: Verdict | null;
  u1: CriterionId[];
  u2: CriterionId[];
  u3: CriterionId[];
  count: number;
} & Record<MetricId, number | null>;

export async function queryInsights(
  db: RawDb,
  filters: AssessmentFilters,
  today = chinaToday(),
): Promise<InsightFigures> {
  const ruleset: RulesetId = filters.ruleset ?? rulesetInForce(today).id;
  const thresholds = metricThresholds(ruleset);
  const bar = Object.fromEntries(METRICS.map((m) => [m, bars(m, thresholds)])) as Record<MetricId, Bars>;
  // Grouped on integers alone (the profile and each metric's bar); the profiles' verdicts and
  // arrays of criteria are joined to the few groups only.
  const groups = await db.$queryRaw<Group[]>(
    Prisma.sql`SELECT p."verdict_innovative_sme"::text AS "v1", p."verdict_specialized_sme"::text AS "v2",
      p."verdict_little_giant"::text AS "v3", p."unmet_innovative_sme" AS "u1", p."unmet_specialized_sme" AS "u2",
      p."unmet_little_giant" AS "u3", ${Prisma.raw(METRICS.map((m) => `g."${m}"`).join(", "))}, g."count"
      FROM (SELECT "profile_id", ${Prisma.join(
        METRICS.map((m) => Prisma.sql`${bar[m].bar} AS ${Prisma.raw(`"${m}"`)}`),
        ", ",
      )}, count(*)::int AS "count"
        FROM "assessment_insight" WHERE ${insightWhere(filters)} GROUP BY 1, 2, 3, 4, 5) g
      JOIN "insight_profile" p ON p."id" = g."profile_id"`,
  );
  return aggregateInsights(
    groups.map((g) => ({
      tiers: {
        ...(g.v1 ? { "innovative-sme": g.v1 } : {}),
        ...(g.v2 ? { "specialized-sme": g.v2 } : {}),
        ...(g.v3 ? { "little-giant": g.v3 } : {}),
      },
      notMet: { "innovative-sme": g.u1, "specialized-sme": g.u2, "little-giant": g.u3 },
      metrics: Object.fromEntries(
        METRICS.map((m) => [m, g[m] === null ? null : bar[m].values[g[m]]!]),
      ) as InsightRow["metrics"],
      count: Number(g.count),
    })),
    ruleset,
  );
}
