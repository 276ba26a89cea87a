// npm start — build when the sources changed since the last build, then serve. The server applies
// pending migrations itself at start-up (instrumentation.ts). Use this rather than `next start`:
// only this server tells the app the client's real address (see below).
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { compressAnswers } from "./compress-answers.mjs";
import { answerOutagesWith503 } from "./outage-pages.mjs";
import { createSharedPageCache } from "./shared-page-cache.mjs";
import { sourceFingerprint } from "./source-fingerprint.mjs";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const stamp = path.join(distDir, "source-fingerprint");
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const fingerprint = sourceFingerprint(process.cwd());
const built =
  existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;

function run(args) {
  const result = spawnSync(process.execPath, [nextBin, ...args], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!built) {
  process.stdout.write("Building the app (first start, or the sources changed)…\n");
  run(["build"]);
  (await import("node:fs")).writeFileSync(stamp, fingerprint);
}

// Served by a small Node server around Next rather than `next start`: Next's route handlers never
// see the socket, so this server hands the TCP peer's address to the app in a private header
// (lib/auth/request-info.ts), overwriting any copy the client sent. The sign-in throttle keys on it.
// Likewise the path asked for, so that the admin guard can send the sign-in page back to it
// (lib/auth/guards.ts): a layout or server action is not told its URL. It also compresses the
// answers, in Next's place (scripts/compress-answers.mjs).
const CLIENT_ADDRESS_HEADER = "x-zjtx-client-address";
const REQUEST_PATH_HEADER = "x-zjtx-request-path";
process.env.NODE_ENV = "production";
const port = Number(process.env.PORT || "3000");
const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
let server;
// Stop accepting connections; the app's own handler (lib/db/client.ts) closes the database and
// exits (registered later, when the database opens, so still pending here), or, without it, exit here.
for (const signal of ["SIGINT", "SIGTERM"])
  process.once(signal, () => {
    server?.close();
    if (process.listenerCount(signal) === 0) process.exit(0);
  });
await app.prepare();
const sharedPages = createSharedPageCache();
async function serve(req, res) {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  delete req.headers[REQUEST_PATH_HEADER];
  const address = req.socket.remoteAddress;
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  if (req.url) req.headers[REQUEST_PATH_HEADER] = req.url;
  answerOutagesWith503(req, res);
  if (await sharedPages.handle(req, res)) return;
  compressAnswers(req, res);
  await handle(req, res);
}
server = createServer((req, res) => {
  serve(req, res).catch((error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, () => process.stdout.write(`Listening on http://localhost:${port}\n`));
