// npm run -s bench:admin -- [--rows 100000]
// The admin list's page query at ROWS submitted assessments (seeded when fewer; the folder is
// .tmp/bench-admin unless PGLITE_DIR or DATABASE_URL says otherwise), p50/p95 per filter set,
// then a full CSV and XLSX export: time, size and the process's peak RSS.
import path from "node:path";
import { parseFilters } from "../lib/admin/assessment-filters";
import { exportAssessments } from "../lib/admin/export-assessments";
import { listAssessments } from "../lib/admin/list-assessments";
import { withDatabase } from "../lib/db/with-database";
import { commandLine } from "./command-line";
import { seedAssessments } from "./seed-assessments";

if (!process.env.DATABASE_URL && !process.env.PGLITE_DIR) process.env.PGLITE_DIR = path.resolve(".tmp/bench-admin");
const rows = Number(
  commandLine("Usage: npm run -s bench:admin [-- --rows N]", { rows: { type: "string" } }).values.rows ?? 100_000,
);

const scenarios: Record<string, Record<string, string>> = {
  "newest first, no filter": {},
  "status = in review": { status: "in_review" },
  "Little Giant eligible in Guangdong": { littleGiant: "eligible", province: "44" },
  "industry prefix C34": { industry: "C34" },
  "date range (one month)": {
    from: new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10),
    to: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
  },
  "search by name 精密": { q: "精密" },
  "search by a name only one has": { q: "科技有限公司99999" },
  "search by USCC prefix": { q: "913500000000012" },
  "sorted by name": { sort: "name_asc" },
  "sorted by revenue, highest first": { sort: "revenue_desc" },
  "in review, by R&D intensity, lowest first": { status: "in_review", sort: "rd_asc" },
};

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

await withDatabase(async (db) => {
  const have = (await db.prisma.assessment.count({ where: { status: { not: "draft" } } })) as number;
  if (have < rows) {
    process.stdout.write(`Seeding ${rows - have} assessments…\n`);
    await seedAssessments(db, rows - have);
  }
  process.stdout.write(
    `${db.kind}, ${Math.max(have, rows)} submitted assessments\n\nlist page (50 rows + total count), 30 runs each:\n`,
  );
  for (const [name, params] of Object.entries(scenarios)) {
    const filters = parseFilters(params).filters;
    const times: number[] = [];
    let page = await listAssessments(db.prisma, filters);
    for (let run = 0; run < 30; run++) {
      const started = performance.now();
      // Every third run goes one page deeper, so keyset pages are measured too.
      page = await listAssessments(db.prisma, filters, { after: run % 3 === 2 ? page.next : undefined });
      times.push(performance.now() - started);
    }
    process.stdout.write(
      `  ${name.padEnd(38)} p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms (${page.total}${page.more ? "+" : ""} match)\n`,
    );
  }
  for (const format of ["csv", "xlsx"] as const) {
    global.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    let bytes = 0;
    const reader = exportAssessments(db.prisma, parseFilters({}).filters, format, "zh-CN").getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
    clearInterval(sampler);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
    process.stdout.write(
      `\nexport ${format}: ${((performance.now() - started) / 1000).toFixed(1)} s, ${mb(bytes)}, peak RSS ${mb(peak)} (${mb(base)} before)\n`,
    );
  }
});
process.exit(0);
