// Generates the Prisma client into lib/db/generated (run after install and before builds).
// Prisma's CLI wants a native schema engine for every command and downloads one; generate never
// runs it, so we point it at /bin/true and nothing is downloaded (see README, "Offline Prisma").
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], {
  stdio: ["ignore", "pipe", "pipe"],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || "/bin/true",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
if (result.status !== 0) process.stderr.write(`${result.stdout}${result.stderr}`);
process.exit(result.status ?? 1);
