import type { Worker } from "node:worker_threads";

// A few worker threads that run CPU-bound jobs away from the event loop, which then only reads
// requests and writes answers. The protocol: the pool posts { id, job }, the worker answers
// { id, result } (transferring its buffers rather than copying them), or { id, error } when that
// job failed. Threads start as work comes; a thread that dies or exits takes its running jobs with
// it (they reject) and the next job starts another. Jobs beyond the threads wait in a bounded
// queue: when it is full, run() refuses at once (PoolBusyError, the caller's 503), and a job whose
// request was aborted leaves it.

export class PoolBusyError extends Error {
  constructor() {
    super("every worker thread is busy and the queue is full");
  }
}

export interface WorkerPoolOptions {
  /** Starts one worker thread (new Worker(new URL(…, import.meta.url)), for the bundler to see). */
  spawn: () => Worker;
  /** Threads at most. */
  threads: number;
  /** Jobs sent to one thread at once: two keep it busy while its last answer travels back. */
  perThread?: number;
  /** Jobs that may wait for a thread. */
  maxWaiting: number;
}

/** How a worker reports a job that threw: the error's message and stack (an Error cannot be posted). */
export interface JobFailure {
  message: string;
  stack?: string;
}

/** What a worker posts back for the job `id` that `work` did: its result, or how it failed. */
export function replyTo<R>(id: number, work: () => R): { id: number; result: R } | { id: number; error: JobFailure } {
  try {
    return { id, result: work() };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
    return { id, error: { message, stack } };
  }
}

interface Task<J, R> {
  id: number;
  job: J;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Thread<J, R> {
  worker: Worker;
  running: Map<number, Task<J, R>>;
}

export class WorkerPool<J, R> {
  private readonly threads: Thread<J, R>[] = [];
  private readonly waiting: Task<J, R>[] = [];
  private lastId = 0;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** The job's result from a worker thread; rejects if the thread fails, the queue is full or `signal` aborts first. */
  run(job: J, signal?: AbortSignal): Promise<R> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<R>((resolve, reject) => {
      const task: Task<J, R> = { id: ++this.lastId, job, resolve, reject, signal };
      this.waiting.push(task);
      this.dispatch();
      if (this.waiting.at(-1) !== task) return; // running already
      if (this.waiting.length > this.options.maxWaiting) {
        this.waiting.pop();
        reject(new PoolBusyError());
        return;
      }
      if (signal) {
        // Only a job still waiting can be taken back; one running finishes and is dropped.
        task.onAbort = () => {
          const at = this.waiting.indexOf(task);
          if (at < 0) return;
          this.waiting.splice(at, 1);
          reject(signal.reason);
        };
        signal.addEventListener("abort", task.onAbort, { once: true });
      }
    });
  }

  /** Jobs waiting for a thread and jobs running, for tests and the curious. */
  get load(): { waiting: number; running: number; threads: number } {
    const running = this.threads.reduce((n, t) => n + t.running.size, 0);
    return { waiting: this.waiting.length, running, threads: this.threads.length };
  }

  /** Stops every thread; what runs or waits rejects. */
  async close(): Promise<void> {
    for (const task of this.waiting.splice(0)) this.settle(task).reject(new Error("the pool was closed"));
    await Promise.all(this.threads.map((t) => this.fail(t, new Error("the pool was closed"))));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let thread: Thread<J, R> | undefined;
      try {
        thread = this.freeThread();
      } catch (error) {
        // No thread could be started (a broken build): nothing waiting can run.
        for (const task of this.waiting.splice(0)) this.settle(task).reject(error);
        return;
      }
      if (!thread) return;
      const task = this.waiting.shift()!;
      if (thread.running.size === 0) thread.worker.ref();
      thread.running.set(task.id, task);
      thread.worker.postMessage({ id: task.id, job: task.job });
    }
  }

  /** An idle thread, else a new one while there may be more, else the least busy one with room. */
  private freeThread(): Thread<J, R> | undefined {
    const perThread = this.options.perThread ?? 2;
    let best: Thread<J, R> | undefined;
    for (const t of this.threads) if (!best || t.running.size < best.running.size) best = t;
    if (best?.running.size === 0) return best;
    if (this.threads.length < this.options.threads) return this.start();
    return best && best.running.size < perThread ? best : undefined;
  }

  private start(): Thread<J, R> {
    const worker = this.options.spawn();
    const thread: Thread<J, R> = { worker, running: new Map() };
    this.threads.push(thread);
    worker.on("message", (reply: { id: number; result: R } | { id: number; error: JobFailure }) => {
      const task = thread.running.get(reply.id);
      if (!task) return;
      thread.running.delete(reply.id);
      // An idle thread does not keep the process alive.
      if (thread.running.size === 0) worker.unref();
      if ("error" in reply) this.settle(task).reject(Object.assign(new Error(reply.error.message), reply.error));
      else this.settle(task).resolve(reply.result);
      this.dispatch();
    });
    worker.on("error", (error) => void this.fail(thread, error));
    worker.on("messageerror", (error) => void this.fail(thread, error));
    worker.on("exit", (code) => void this.fail(thread, new Error(`the worker thread exited (code ${code})`)));
    return thread;
  }

  /** Takes a thread out of the pool: its running jobs reject with `error`; waiting jobs go to the others. */
  private async fail(thread: Thread<J, R>, error: unknown): Promise<void> {
    const at = this.threads.indexOf(thread);
    if (at < 0) return;
    this.threads.splice(at, 1);
    for (const task of thread.running.values()) this.settle(task).reject(error);
    thread.running.clear();
    this.dispatch();
    await thread.worker.terminate();
  }

  private settle(task: Task<J, R>): Task<J, R> {
    if (task.onAbort) task.signal?.removeEventListener("abort", task.onAbort);
    return task;
  }
}
