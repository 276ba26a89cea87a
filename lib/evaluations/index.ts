import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { EncodedAnswer, EvaluationJob } from "./answer";
import { WorkerPool } from "./pool";

// POST /api/v1/evaluations evaluates in worker threads: parsing, validating, evaluating and
// serialising the 29 KB answer took about half a millisecond of the event loop per request, during
// which no other request (a page, an autosave) was served. One thread per core but one (the event
// loop keeps that one), at least one, at most four; several app servers scale further.

export { PoolBusyError } from "./pool";

/** Requests that may wait for a thread: about a quarter of a second of work on one thread. */
const MAX_WAITING = 256;

export const evaluations = new WorkerPool<EvaluationJob, EncodedAnswer>({
  spawn: () => new Worker(new URL("./worker.ts", import.meta.url)),
  threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  maxWaiting: MAX_WAITING,
});
