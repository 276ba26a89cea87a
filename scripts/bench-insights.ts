// npm run -s bench:insights -- [--rows 100000]
// The insights page's data (queryInsights: every figure the page shows) at ROWS submitted
// assessments, p50/p95 per filter set: on PGlite (.tmp/bench-insights, seeded when fewer rows)
// and, when DATABASE_URL is set, on that PostgreSQL database too.
import path from "node:path";
import { parseFilters } from "../lib/admin/assessment-filters";
import { aggregateInsights } from "../lib/insights/aggregate";
import { queryInsights } from "../lib/insights/query-insights";
import type { InsightRow } from "../lib/insights/types";
import type { CriterionId } from "../lib/criteria";
import { openDatabase, type Database } from "../lib/db/open-database";
import type { Config } from "../lib/config";
import { commandLine } from "./command-line";
import { seedAssessments } from "./seed-assessments";

const rows = Number(
  commandLine("Usage: npm run -s bench:insights [-- --rows N]", { rows: { type: "string" } }).values.rows ?? 100_000,
);
const RUNS = 20;
const monthAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const scenarios: Record<string, Record<string, string>> = {
  "no filter": {},
  "province 44": { province: "44" },
  "industry prefix C34": { industry: "C34" },
  "rule set miit-2026": { ruleset: "miit-2026" },
  "one month": { from: monthAgo(60), to: monthAgo(30) },
  "province 33 + industry C3484": { province: "33", industry: "C3484" },
};

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function bench(database: Config["database"]) {
  const db: Database = await openDatabase(database);
  try {
    const have = await db.prisma.assessmentInsight.count();
    if (have < rows) {
      process.stdout.write(`Seeding ${rows - have} assessments on ${db.kind}…\n`);
      await seedAssessments(db, rows - have);
      await db.withSql((sql) => sql.exec(`ANALYZE "assessment_insight"`));
    }
    process.stdout.write(`\n${db.kind}, ${Math.max(have, rows)} submitted assessments, ${RUNS} runs each:\n`);
    for (const [name, params] of Object.entries(scenarios)) {
      const filters = parseFilters(params).filters;
      let figures = await queryInsights(db.prisma, filters);
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        figures = await queryInsights(db.prisma, filters);
        times.push(performance.now() - started);
      }
      process.stdout.write(
        `  ${name.padEnd(30)} p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms (${figures.total} assessments)\n`,
      );
    }
    // The same figures in memory (a stored screening's path), over every row read back.
    const all = await db.prisma.assessment.findMany({
      where: { status: { not: "draft" }, submittedAt: { not: null } },
      select: {
        verdictInnovativeSme: true,
        verdictSpecializedSme: true,
        verdictLittleGiant: true,
        unmetInnovativeSme: true,
        unmetSpecializedSme: true,
        unmetLittleGiant: true,
        rdIntensity: true,
        mainShare: true,
        debtRatio: true,
        revenue: true,
      },
    });
    const rowsRead: InsightRow[] = all.map((a) => ({
      tiers: {
        ...(a.verdictInnovativeSme ? { "innovative-sme": a.verdictInnovativeSme } : {}),
        ...(a.verdictSpecializedSme ? { "specialized-sme": a.verdictSpecializedSme } : {}),
        ...(a.verdictLittleGiant ? { "little-giant": a.verdictLittleGiant } : {}),
      },
      notMet: {
        "innovative-sme": a.unmetInnovativeSme as CriterionId[],
        "specialized-sme": a.unmetSpecializedSme as CriterionId[],
        "little-giant": a.unmetLittleGiant as CriterionId[],
      },
      metrics: { rdIntensity: a.rdIntensity, mainShare: a.mainShare, debtRatio: a.debtRatio, revenue: a.revenue },
    }));
    const started = performance.now();
    const inMemory = aggregateInsights(rowsRead, "miit-2026");
    const took = performance.now() - started;
    const same = JSON.stringify(inMemory) === JSON.stringify(await queryInsights(db.prisma, parseFilters({}).filters));
    process.stdout.write(
      `  in memory (aggregateInsights), ${rowsRead.length} rows: ${took.toFixed(1)} ms, ${same ? "same figures as SQL" : "FIGURES DIFFER FROM SQL"}\n`,
    );
  } finally {
    await db.close();
  }
}

await bench({ kind: "pglite", dir: path.resolve(process.env.PGLITE_DIR ?? ".tmp/bench-insights") });
if (process.env.DATABASE_URL) await bench({ kind: "postgres", url: process.env.DATABASE_URL });
process.exit(0);
