// `npm run -s bench:enterprises`: importing 20,000 rows (target < 5 s), then the list API at
// 20,000 rows (target < 50 ms), called through the real route handler (GET of
// app/api/v1/enterprises/route.ts: parameter parsing, both queries, JSON) without HTTP.
// Runs on a fresh embedded PGlite, or on a fresh database of DATABASE_URL's server when set.
//   -- --csv FILE    only write the 20,000-row list (to import into a running server)
//   -- --http URL [--connections N]   measure a running server over HTTP with autocannon (N
//                    connections, default 1; the server must hold the rows)
// Needs the react-server condition (package.json passes it) to load the server-only modules.
import { commandLine } from "./command-line";
import { writeFileSync } from "node:fs";
import { testBackends } from "../lib/db/testing/backends";
import { benchCsv } from "./bench-enterprises-data";

const ROWS = 20_000;
const RUNS = 200;
const QUERIES: Record<string, string> = {
  "first page, no filter": "",
  province: "province=33",
  "province + batch": "province=44&batch=5",
  "industry prefix C34": "industry=C34",
  "q in names": "q=123",
  "q in main products": "q=轴承",
  "batch + industry + q": "batch=3&industry=C34&q=轴承",
};

const options = commandLine("Usage: npm run -s bench:enterprises [-- --csv FILE | --http URL [--connections N]]", {
  csv: { type: "string" },
  http: { type: "string" },
  connections: { type: "string" },
}).values;
const flag = (name: "--csv" | "--http" | "--connections") => options[name.slice(2) as "csv" | "http" | "connections"];
const ms = (n: number) => `${n.toFixed(1)} ms`;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

async function httpBench(url: string) {
  const { default: autocannon } = await import("autocannon");
  for (const [label, query] of Object.entries(QUERIES)) {
    const result = await autocannon({
      url: `${url.replace(/\/$/, "")}/api/v1/enterprises?${encodeURI(query)}`,
      connections: Number(flag("--connections") ?? 1),
      duration: 5,
    });
    process.stdout.write(
      `${label.padEnd(24)} p50 ${result.latency.p50} ms  p97.5 ${result.latency.p97_5} ms  p99 ${result.latency.p99} ms  ${Math.round(result.requests.average)} req/s  non-2xx ${result.non2xx}\n`,
    );
  }
}

async function localBench() {
  const backend = testBackends[testBackends.length - 1]!;
  const created = await backend.create();
  try {
    // The route opens the database from the environment (lib/config), as the server does.
    if (created.database.kind === "postgres") process.env.DATABASE_URL = created.database.url;
    else {
      delete process.env.DATABASE_URL;
      process.env.PGLITE_DIR = created.database.dir;
    }
    const { getPrisma } = await import("../lib/db/client");
    const { importEnterprises } = await import("../lib/enterprises/import-enterprises");
    const { GET } = await import("../app/api/v1/enterprises/route");
    const prisma = await getPrisma();
    const bytes = benchCsv(ROWS);
    process.stdout.write(
      `backend: ${backend.name}, ${ROWS.toLocaleString("en")} rows (${(bytes.byteLength / 1e6).toFixed(1)} MB CSV)\n`,
    );
    for (const label of ["import (all new)", "re-import (all updates)"]) {
      const start = performance.now();
      const summary = await importEnterprises(prisma, { fileName: "bench.csv", bytes, batch: 1 });
      const took = performance.now() - start;
      if (summary.errors.length > 0) throw new Error(JSON.stringify(summary.errors.slice(0, 3)));
      process.stdout.write(
        `${label.padEnd(24)} ${ms(took)}  (imported ${summary.imported}, updated ${summary.updated})\n`,
      );
    }
    for (const [label, query] of Object.entries(QUERIES)) {
      const call = async () => {
        const response = await GET(new Request(`http://bench/api/v1/enterprises?${query}`));
        if (response.status !== 200) throw new Error(`${query}: ${response.status}`);
        return (await response.json()) as { total: number };
      };
      for (let i = 0; i < 20; i++) await call();
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        total = (await call()).total;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      process.stdout.write(
        `${label.padEnd(24)} p50 ${ms(pct(times, 50))}  p95 ${ms(pct(times, 95))}  (total ${total})\n`,
      );
    }
  } finally {
    const { getDatabase } = await import("../lib/db/client");
    await (await getDatabase()).close();
    await created.cleanup();
  }
}

const csv = flag("--csv");
const http = flag("--http");
if (csv) writeFileSync(csv, benchCsv(ROWS));
else if (http) await httpBench(http);
else await localBench();
process.exit(0);
