// npm run -s bench:http [-- --warmup 6 --rounds 5 --requests 300 --connections 8]
// Throughput of the production server, path by path, side by side with GET /api/health (the
// framework's floor: routing, one trivial query): each round sends each path a fixed number of
// requests at a fixed concurrency, the paths in a rotating order so that none always runs first
// or last, after warm-up rounds that are not counted (V8 goes on optimising the server's code, and
// PGlite's, for thousands of requests; the evaluation worker thread, a V8 instance of its own that
// only evaluations warm, took about 2,500 of them). Prints each path's req/s (the median of the rounds), its
// ratio to the floor's, and the server process's CPU time per request.
//
// On a fresh embedded database in .tmp/bench-http (or a throw-away database on DATABASE_URL's
// server), seeded before the server starts with one empty draft per connection; the server is
// `npm start`'s (scripts/start.mjs), built into .tmp/next-bench when the sources changed.
//
// The load generator shares the machine's cores with the server, so it does what load generators
// (wrk, autocannon) do: node:http on kept-alive connections, asking for gzip as browsers do, reading
// every answer whole but decoding only the one it needs (the autosave's new version). With
// `--client fetch` it uses fetch instead, which inflates and decodes every answer: that client's
// own work (about 0.5 ms for the evaluation's 29 KB) then weighs on the ratios too.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { createDraft, type NewDraft } from "../lib/assessments/create-draft";
import { openDatabase } from "../lib/db/open-database";
import { testBackends } from "../lib/db/testing/backends";
import { pickPaths } from "../lib/questionnaire/answers";
import { findStep } from "../lib/questionnaire/steps";
import { completeAnswers } from "../lib/questionnaire/testing/sample-answers";
import { commandLine } from "./command-line";

const { values } = commandLine(
  "Usage: npm run -s bench:http [-- --warmup N --rounds N --requests N --connections N --only NAME,… --client http|fetch --cpu-prof DIR]",
  {
    warmup: { type: "string" },
    rounds: { type: "string" },
    requests: { type: "string" },
    connections: { type: "string" },
    // Measure only the paths whose names contain one of these (the floor always runs).
    only: { type: "string" },
    // The load generator: node:http (the default) or fetch, which decodes every answer.
    client: { type: "string" },
    // Write the server's V8 CPU profile into DIR (node --cpu-prof), to see where a path's time goes.
    "cpu-prof": { type: "string" },
  },
);
const WARMUP = Number(values.warmup ?? 6);
const ROUNDS = Number(values.rounds ?? 5);
const REQUESTS = Number(values.requests ?? 300);
const CONNECTIONS = Number(values.connections ?? 8);
const DIST_DIR = ".tmp/next-bench";
const CLIENT = values.client ?? "http";
if (CLIENT !== "http" && CLIENT !== "fetch") throw new Error("--client must be http or fetch");

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitFor(url: string, server: ChildProcess, timeoutMs = 600_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer in time`);
}

/** The id Next gave the autosave's server action in this build. */
function saveActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.filename === "lib/assessments/actions.ts" && a.exportedName === "saveStepAction",
  );
  if (!found) throw new Error("saveStepAction not found in the build's server-reference-manifest.json");
  return found[0];
}

/** A path to measure; `apart`: in rounds of its own after the others' (see the page rendered anew). */
type Path = { name: string; request: (worker: number) => Promise<void>; apart?: boolean };

type Init = { method?: string; headers?: Record<string, string>; body?: string };
/** An answer read whole: its status and, only when asked for, its decoded text. */
type Answer = { status: number; text: () => string | Promise<string> };

// As many kept-alive connections as loops, as fetch's pool keeps.
const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const DECODERS: Record<string, (b: Buffer) => Buffer> = {
  gzip: gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

function httpSend(url: string, init: Init = {}): Promise<Answer> {
  const body = init.body === undefined ? undefined : Buffer.from(init.body);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br", ...init.headers };
    if (body) headers["content-length"] = String(body.length);
    const request = httpRequest(url, { method: init.method ?? "GET", agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const decode = DECODERS[String(response.headers["content-encoding"])];
        resolve({ status: response.statusCode ?? 0, text: () => (decode ? decode(raw) : raw).toString("utf8") });
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}

async function fetchSend(url: string, init: Init = {}): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, text: () => text };
}

const send = CLIENT === "fetch" ? fetchSend : httpSend;

async function expectOk(answer: Promise<Answer>, name: string): Promise<Answer> {
  const a = await answer;
  if (a.status < 200 || a.status > 299) throw new Error(`${name}: ${a.status} ${(await a.text()).slice(0, 200)}`);
  return a;
}

/** `requests` requests over `connections` concurrent loops; requests per second. */
async function measure(p: Path, requests: number, connections: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      while (next < requests) {
        next++;
        await p.request(worker);
      }
    }),
  );
  return requests / ((performance.now() - started) / 1000);
}

/** CPU time the server process has used so far, in ms (Linux: /proc), or null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command's closing parenthesis start at the 3rd: utime is the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100; // USER_HZ, 100 on Linux

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const backend = process.env.DATABASE_URL ? testBackends.find((b) => b.name === "postgres")! : undefined;
  const pgliteDir = path.resolve(".tmp/bench-http/db");
  let cleanup = async () => undefined as void;
  let database: Parameters<typeof openDatabase>[0];
  if (backend) {
    const created = await backend.create();
    database = created.database;
    cleanup = created.cleanup;
  } else {
    rmSync(path.dirname(pgliteDir), { recursive: true, force: true });
    database = { kind: "pglite", dir: pgliteDir };
  }

  // One draft per connection: each loop saves its own, so that no save conflicts with another.
  const db = await openDatabase(database);
  const drafts: NewDraft[] = [];
  for (let i = 0; i < CONNECTIONS; i++) drafts.push(await createDraft(db.prisma, { rulesetId: "miit-2026" }));
  await db.close();

  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEXT_DIST_DIR: DIST_DIR,
    NODE_ENV: "production",
  };
  if (database.kind === "postgres") env.DATABASE_URL = database.url;
  else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR = database.dir;
  }
  const profile = values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values["cpu-prof"])}`] : [];
  const server = spawn(process.execPath, [...profile, "scripts/start.mjs"], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    if (/Building|error/i.test(text)) process.stderr.write(text);
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/api/health`, server);
    await waitFor(`${base}/enterprises`, server);
    const actionId = saveActionId();
    const about = findStep("about")!;
    const aboutValues = pickPaths(
      completeAnswers,
      about.fields.map((f) => f.path),
    );
    const versions = drafts.map(() => 1);
    let rendered = 0;
    const facts = JSON.stringify({ ruleset: "miit-2026", facts: completeAnswers });

    const paths: Path[] = [
      {
        name: "GET /api/health",
        request: async () => void (await expectOk(send(`${base}/api/health`), "health")),
      },
      {
        name: "POST /api/v1/evaluations",
        request: async () =>
          void (await expectOk(
            send(`${base}/api/v1/evaluations`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: facts,
            }),
            "evaluations",
          )),
      },
      {
        // What the questionnaire's autosave sends: the server action saveStepAction, posted to the
        // step's page as React's encodeReply encodes it, with the resume cookie.
        name: "autosave (server action)",
        request: async (worker) => {
          const draft = drafts[worker]!;
          const answer = await expectOk(
            send(`${base}/assess/${draft.id}/about`, {
              method: "POST",
              headers: {
                "next-action": actionId,
                accept: "text/x-component",
                "content-type": "text/plain;charset=UTF-8",
                cookie: `zjtx_assessments=${draft.id}.${draft.token}`,
              },
              body: JSON.stringify([
                { id: draft.id, step: "about", values: aboutValues, version: versions[worker], mode: "partial" },
              ]),
            }),
            "autosave",
          );
          const text = await answer.text();
          const saved = /"kind":"saved","version":(\d+)/.exec(text);
          if (!saved) throw new Error(`autosave: not saved: ${text.slice(0, 300)}`);
          versions[worker] = Number(saved[1]);
        },
      },
      {
        name: "GET /enterprises",
        request: async () => void (await expectOk(send(`${base}/enterprises`), "enterprises")),
      },
      {
        // The same page rendered anew every time: a query string the page ignores, new for each
        // request, so the server's kept copies (scripts/shared-page-cache.mjs) never match. Measured
        // apart, beside the floor in rounds of its own: at 30 ms a request its rounds took 8 s each,
        // most of the run, during which the evaluation thread sat idle and the heap filled with the
        // render's garbage; interleaved, they cost the evaluations about 0.1x (README, Performance).
        name: "GET /enterprises rendered",
        apart: true,
        request: async () =>
          void (await expectOk(send(`${base}/enterprises?bench=${++rendered}`), "enterprises rendered")),
      },
    ];

    const only = values.only?.split(",").map((n) => n.trim().toLowerCase());
    if (only)
      paths.splice(
        1,
        paths.length,
        ...paths.slice(1).filter((p) => only.some((n) => p.name.toLowerCase().includes(n))),
      );
    // Each group: the floor and its paths in interleaved rounds; req/s and the server process's CPU
    // time per request, path by path (all its threads: V8's compiler and garbage collector too):
    // what each path costs the server, apart from the load generator, which shares the cores.
    const [floorPath, ...measured] = paths;
    const groups = [
      { paths: [floorPath!, ...measured.filter((p) => !p.apart)], warmup: WARMUP },
      ...measured.filter((p) => p.apart).map((p) => ({ paths: [floorPath!, p], warmup: 1 })),
    ].filter((g) => g.paths.length > 1);
    process.stdout.write(
      `${database.kind}, ${CLIENT} client, ${WARMUP} warm-up + ${ROUNDS} rounds × ${REQUESTS} requests per path at ${CONNECTIONS} connections (median of the rounds)\n`,
    );
    for (const [g, group] of groups.entries()) {
      const rates = new Map<Path, number[]>(group.paths.map((p) => [p, []]));
      const cpu = new Map<Path, number[]>(group.paths.map((p) => [p, []]));
      for (let round = 1 - group.warmup; round <= ROUNDS; round++) {
        const n = group.paths.length;
        const order = group.paths.map((_, i) => group.paths[(((i + round) % n) + n) % n]!);
        for (const p of order) {
          const before = cpuMs(server.pid);
          const rate = await measure(p, REQUESTS, CONNECTIONS);
          const after = cpuMs(server.pid);
          if (round < 1) continue; // warming up
          rates.get(p)!.push(rate);
          if (before !== null && after !== null) cpu.get(p)!.push((after - before) / REQUESTS);
        }
      }
      if (g > 0) process.stdout.write(`apart, after ${group.warmup} warm-up round:\n`);
      const floor = median(rates.get(floorPath!)!);
      for (const p of group.paths) {
        const r = median(rates.get(p)!);
        const all = rates
          .get(p)!
          .map((x) => x.toFixed(0))
          .join(" ");
        const serverCpu = cpu.get(p)!.length ? `  server CPU ${median(cpu.get(p)!).toFixed(2)} ms/req` : "";
        process.stdout.write(
          `${p.name.padEnd(30)} ${r.toFixed(1).padStart(8)} req/s  ${(r / floor).toFixed(2)}× the floor${serverCpu}  (rounds: ${all})\n`,
        );
      }
    }
  } finally {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await cleanup();
  }
}

await main();
