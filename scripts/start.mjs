// npm start — build when the sources changed since the last build, then serve. The server applies
// pending migrations itself at start-up (instrumentation.ts), so `next start` alone is also safe.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
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
const port = process.env.PORT || "3000";
run(["start", "--port", port]);
