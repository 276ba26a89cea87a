// `npm run bench:engine`: evaluations per second of each rule set on realistic full records.
import { evaluate, parseFacts, RULESET_IDS, type Facts, type RulesetId } from "../lib/criteria/index";
import { baseFacts } from "../lib/criteria/cases/base";
import { patch } from "../lib/criteria/cases/types";

const WARM_UP = 20_000;
const MAX_ITERATIONS = 300_000;
const MAX_MS = 2_000;

// The eligible base record, and one that fails a dozen criteria (gaps and messages to build).
const RECORDS: Record<string, Facts> = {
  eligible: baseFacts,
  "with gaps": patch<Facts>(baseFacts, {
    review: null,
    finance: {
      revenue: { y1: 4800 },
      mainRevenue: { y1: 4000 },
      rdExpense: { y1: 110, y2: null },
      totalLiabilities: 8200,
    },
    market: { nicheYears: 2, shareDomestic: 6, nationalRank: 7 },
    ip: { classOne: 1, classOneHighValue: 0, classOneSelfDeveloped: null },
    scores: { development: 48, provincialLocal: null },
    innovation: { rdInstitution: "none" },
  }),
};

let sink = 0;

function bench(run: () => number) {
  for (let i = 0; i < WARM_UP; i++) sink += run();
  let n = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let elapsed = 0;
  while (n < MAX_ITERATIONS && elapsed < MAX_MS) {
    for (let i = 0; i < 1_000; i++) sink += run();
    n += 1_000;
    elapsed = performance.now() - start;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { perSecond: (n / elapsed) * 1000, micros: (elapsed * 1000) / n, cpuMicros: (cpu.user + cpu.system) / n, n };
}

// Wall-clock time, and CPU time of this process (which a busy machine does not inflate).
const rows: string[][] = [["rule set", "record", "evaluations/s", "µs/evaluation", "CPU µs/evaluation", "iterations"]];
const add = (ruleset: string, record: string, r: ReturnType<typeof bench>) =>
  rows.push([
    ruleset,
    record,
    Math.round(r.perSecond).toLocaleString("en-US"),
    r.micros.toFixed(2),
    r.cpuMicros.toFixed(2),
    String(r.n),
  ]);

for (const ruleset of RULESET_IDS) {
  for (const [name, facts] of Object.entries(RECORDS)) {
    add(
      ruleset,
      name,
      bench(() => evaluate(facts, { ruleset: ruleset as RulesetId }).tiers.length),
    );
  }
}
const raw: unknown = JSON.parse(JSON.stringify(baseFacts));
add(
  "miit-2026",
  "parseFacts + evaluate",
  bench(() => {
    const parsed = parseFacts(raw, "zh-CN");
    return parsed.ok ? evaluate(parsed.facts, { ruleset: "miit-2026" }).tiers.length : 0;
  }),
);

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
process.stdout.write(
  `rules engine benchmark — node ${process.version}, ${WARM_UP} warm-up, up to ${MAX_ITERATIONS} iterations or ${MAX_MS} ms each\n`,
);
for (const r of rows)
  process.stdout.write(
    `${r.map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ")}\n`,
  );
if (sink === 0) process.stdout.write("(no work done)\n");
