// A hash of everything a production build depends on, so `npm start` rebuilds only when needed.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const roots = [
  "app",
  "lib",
  "prisma",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];
const skip = new Set(["node_modules", ".next", "generated"]);

function walk(file, out) {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    for (const entry of readdirSync(file).sort()) if (!skip.has(entry)) walk(path.join(file, entry), out);
  } else if (!/\.test\.tsx?$/.test(file)) {
    out.push(file);
  }
}

export function sourceFingerprint(root) {
  const files = [];
  for (const r of roots) walk(path.join(root, r), files);
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  hash.update(process.env.NEXT_DIST_DIR || "");
  return hash.digest("hex");
}
