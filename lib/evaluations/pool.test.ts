import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { PoolBusyError, replyTo, WorkerPool } from "./pool";

// The pool's rules with a stand-in worker: it answers each job with its value, the number of jobs
// it has seen and its own thread id; a job with a gate blocks the thread until the test opens it.
const STAND_IN = `
const { parentPort, threadId } = require("node:worker_threads");
let seen = 0;
parentPort.on("message", ({ id, job }) => {
  seen++;
  if (job.exit) process.exit(3);
  if (job.throw) throw new Error("a bug in the worker");
  if (job.fail) return parentPort.postMessage({ id, error: { message: "this job failed", stack: "at the job" } });
  if (job.gate) Atomics.wait(new Int32Array(job.gate), 0, 0);
  parentPort.postMessage({ id, result: { value: job.value, seen, thread: threadId } });
});`;

type Job = { value?: number; gate?: SharedArrayBuffer; exit?: boolean; throw?: boolean; fail?: boolean };
type Result = { value: number; seen: number; thread: number };

const pools: WorkerPool<Job, Result>[] = [];
afterEach(async () => Promise.all(pools.splice(0).map((p) => p.close())));

function pool(options: { threads: number; perThread?: number; maxWaiting: number }) {
  let spawned = 0;
  const p = new WorkerPool<Job, Result>({
    spawn: () => {
      spawned++;
      return new Worker(STAND_IN, { eval: true });
    },
    ...options,
  });
  pools.push(p);
  return { pool: p, spawned: () => spawned };
}

/** A gate that holds a job's thread until opened. */
function gate() {
  const buffer = new SharedArrayBuffer(4);
  return {
    buffer,
    open: () => {
      Atomics.store(new Int32Array(buffer), 0, 1);
      Atomics.notify(new Int32Array(buffer), 0);
    },
  };
}

describe("WorkerPool", () => {
  it("gives each caller its own result, spreading the jobs over its threads", async () => {
    const { pool: p, spawned } = pool({ threads: 2, maxWaiting: 100 });
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => p.run({ value: i })));
    expect(results.map((r) => r.value)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(spawned()).toBe(2);
    expect(new Set(results.map((r) => r.thread)).size).toBe(2);
    expect(p.load).toEqual({ waiting: 0, running: 0, threads: 2 });
  });

  it("refuses a job at once when the queue is full, and takes jobs again once it drains", async () => {
    const { pool: p } = pool({ threads: 1, perThread: 1, maxWaiting: 2 });
    const held = gate();
    const first = p.run({ value: 1, gate: held.buffer });
    const queued = [p.run({ value: 2 }), p.run({ value: 3 })];
    expect(p.load).toEqual({ waiting: 2, running: 1, threads: 1 });
    await expect(p.run({ value: 4 })).rejects.toBeInstanceOf(PoolBusyError);
    held.open();
    expect((await Promise.all([first, ...queued])).map((r) => r.value)).toEqual([1, 2, 3]);
    expect((await p.run({ value: 5 })).value).toBe(5);
  });

  it("with no queue at all, runs a job while a thread is free and refuses one while none is", async () => {
    const { pool: p } = pool({ threads: 1, perThread: 1, maxWaiting: 0 });
    expect((await p.run({ value: 1 })).value).toBe(1);
    const held = gate();
    const running = p.run({ value: 2, gate: held.buffer });
    await expect(p.run({ value: 3 })).rejects.toBeInstanceOf(PoolBusyError);
    held.open();
    expect((await running).value).toBe(2);
  });

  it("takes back a waiting job whose request was aborted: the thread never sees it", async () => {
    const { pool: p } = pool({ threads: 1, perThread: 1, maxWaiting: 10 });
    const held = gate();
    const first = p.run({ value: 1, gate: held.buffer });
    const controller = new AbortController();
    const abandoned = p.run({ value: 2 }, controller.signal);
    controller.abort(new Error("the client went away"));
    await expect(abandoned).rejects.toThrow("the client went away");
    expect(p.load.waiting).toBe(0);
    held.open();
    expect((await first).seen).toBe(1);
    expect((await p.run({ value: 3 })).seen).toBe(2);
    // A signal aborted before the job is offered: refused without queueing.
    await expect(p.run({ value: 4 }, AbortSignal.abort(new Error("gone")))).rejects.toThrow("gone");
  });

  it("loses only the running jobs when a thread exits or throws; the next job gets a new thread", async () => {
    const { pool: p, spawned } = pool({ threads: 1, maxWaiting: 10 });
    await expect(p.run({ exit: true })).rejects.toThrow("exited (code 3)");
    expect((await p.run({ value: 1 })).value).toBe(1);
    await expect(p.run({ throw: true })).rejects.toThrow("a bug in the worker");
    expect((await p.run({ value: 2 })).value).toBe(2);
    expect(spawned()).toBe(3);
    expect(p.load).toEqual({ waiting: 0, running: 0, threads: 1 });
  });

  it("rejects only the job a worker reports as failed; its thread goes on", async () => {
    const { pool: p, spawned } = pool({ threads: 1, maxWaiting: 10 });
    const [failed, next] = await Promise.allSettled([p.run({ fail: true }), p.run({ value: 7 })]);
    expect(failed).toMatchObject({ status: "rejected", reason: { message: "this job failed", stack: "at the job" } });
    expect(next).toMatchObject({ status: "fulfilled", value: { value: 7, seen: 2 } });
    expect(spawned()).toBe(1);
    // How a worker makes such a reply.
    expect(replyTo(3, () => 9)).toEqual({ id: 3, result: 9 });
    expect(replyTo(4, () => JSON.parse("{"))).toEqual({
      id: 4,
      error: { message: expect.stringContaining("JSON"), stack: expect.stringContaining("SyntaxError") },
    });
  });

  it("rejects what waits when no thread can be started", async () => {
    const broken = new WorkerPool<Job, Result>({
      spawn: () => {
        throw new Error("no worker in this build");
      },
      threads: 1,
      maxWaiting: 10,
    });
    await expect(broken.run({ value: 1 })).rejects.toThrow("no worker in this build");
    expect(broken.load).toEqual({ waiting: 0, running: 0, threads: 0 });
  });

  it("sends a thread at most perThread jobs at once; the rest wait for it", async () => {
    const { pool: p } = pool({ threads: 1, perThread: 2, maxWaiting: 10 });
    const held = gate();
    const jobs = [p.run({ value: 1, gate: held.buffer }), p.run({ value: 2 }), p.run({ value: 3 })];
    expect(p.load).toEqual({ waiting: 1, running: 2, threads: 1 });
    held.open();
    expect((await Promise.all(jobs)).map((r) => r.seen)).toEqual([1, 2, 3]);
  });
});
