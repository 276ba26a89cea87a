// Benchmark: screening 10,000 firms (issue 15: within 10 s, with flat memory), from CSV and from
// XLSX, each row parsed, validated and evaluated as the upload and `npm run -s screen` do it.
// The files are written to .tmp/bench-screening first; each is then screened in a process of its
// own (so that building the files weighs on no measurement), which prints the time, rows per
// second, and heap and RSS sampled every 20 ms (at each quarter of the rows, and the peak).
// `npm run -s bench:screening [-- --rows N]`
import { spawnSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { csvLine } from "../lib/admin/csv";
import { templateHeader, templateLeaves } from "../lib/screening/columns";
import { EXAMPLE_FIRMS } from "../lib/screening/examples";
import { isStart, screenFile } from "../lib/screening/screen-file";
import { factsRow } from "../lib/screening/write-cell";
import { commandLine } from "./command-line";

const { values } = commandLine("Usage: npm run -s bench:screening [-- --rows N]", {
  rows: { type: "string" },
  measure: { type: "string" },
});
const ROWS = Number(values.rows ?? 10_000);

/** The example firms, varied a little per row so that no two rows are the same. */
function rows(): (string | number)[][] {
  const base = EXAMPLE_FIRMS.map((f) => factsRow(f));
  const revenue = templateLeaves.findIndex((l) => l.path === "finance.revenue.y1");
  return Array.from({ length: ROWS }, (_, i) => {
    const row = [...base[i % base.length]!];
    row[0] = `示例企业${i + 1}`;
    if (typeof row[revenue] === "number") row[revenue] = (row[revenue] as number) + (i % 500);
    return row;
  });
}

async function xlsxOf(data: (string | number)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("企业名单");
  sheet.addRow(templateLeaves.map((l) => templateHeader(l)));
  for (const r of data) sheet.addRow(r);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function measure(label: string, fileName: string, bytes: Uint8Array) {
  const start = process.memoryUsage();
  const peak = { heap: 0, rss: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.heap = Math.max(peak.heap, m.heapUsed);
    peak.rss = Math.max(peak.rss, m.rss);
    return m;
  };
  const timer = setInterval(sample, 20);
  const quarters: string[] = [];
  const started = performance.now();
  let count = 0;
  let evaluated = 0;
  for await (const x of screenFile({ fileName, bytes, locale: "zh-CN", today: "2026-12-02" })) {
    if (isStart(x)) continue;
    count++;
    if (x.result) evaluated++;
    if (count % Math.ceil(ROWS / 4) === 0) {
      const m = sample();
      quarters.push(`${mb(m.heapUsed)}/${mb(m.rss)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  const size = `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`;
  const before = mb(start.rss);
  process.stdout.write(
    `${label} (${size}): ${count} rows (${evaluated} evaluated) in ${seconds.toFixed(2)} s, ` +
      `${Math.round(count / seconds)} rows/s; heap/RSS at each quarter ${quarters.join(", ")}; ` +
      `peak heap ${mb(peak.heap)}, peak RSS ${mb(peak.rss)} (RSS before: ${before})\n`,
  );
}

if (values.measure) {
  const file = values.measure;
  await measure(
    path.extname(file).slice(1).toUpperCase().padEnd(4),
    path.basename(file),
    new Uint8Array(await readFile(file)),
  );
} else {
  const dir = path.resolve(".tmp/bench-screening");
  await mkdir(dir, { recursive: true });
  const data = rows();
  const header = templateLeaves.map((l) => templateHeader(l));
  await writeFile(path.join(dir, "firms.csv"), [header, ...data].map(csvLine).join(""));
  await writeFile(path.join(dir, "firms.xlsx"), await xlsxOf(data));
  process.stdout.write(`${ROWS} firms, ${templateLeaves.length} columns\n`);
  for (const name of ["firms.csv", "firms.xlsx"]) {
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/bench-screening.ts", "--rows", String(ROWS), "--measure", path.join(dir, name)],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}
