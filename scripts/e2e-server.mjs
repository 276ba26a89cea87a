// The server the browser tests run against: a fresh embedded database each run (or DATABASE_URL),
// seeded by e2e/seed before the server starts and takes the database, then `npm start`.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

if (!process.env.DATABASE_URL && process.env.PGLITE_DIR) {
  rmSync(process.env.PGLITE_DIR, { recursive: true, force: true });
  rmSync(`${process.env.PGLITE_DIR}.lock`, { force: true });
}
const seed = spawnSync(process.execPath, ["--import", "tsx", "e2e/seed/index.ts"], {
  stdio: "inherit",
  env: process.env,
});
if (seed.status !== 0) process.exit(seed.status ?? 1);
// The browser tests stand in for one reverse proxy of ours: X-Forwarded-For's last entry is the
// client's address, so that each test can sign in from an address of its own.
process.env.TRUSTED_PROXY_HOPS ??= "1";
await import("./start.mjs");
