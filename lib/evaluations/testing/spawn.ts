import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const ENTRY = fileURLToPath(new URL("../worker.ts", import.meta.url));

/** The evaluation worker as tests start it: its TypeScript source, loaded through tsx. */
export const spawnEvaluationWorker = () =>
  new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(ENTRY)});`, { eval: true });
