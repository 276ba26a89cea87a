// The server the browser tests run against: a fresh embedded database each run, then `npm start`.
import { rmSync } from "node:fs";

if (!process.env.DATABASE_URL && process.env.PGLITE_DIR) {
  rmSync(process.env.PGLITE_DIR, { recursive: true, force: true });
  rmSync(`${process.env.PGLITE_DIR}.lock`, { force: true });
}
await import("./start.mjs");
