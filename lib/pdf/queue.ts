// The server's PDF queue: a few renders at once, a few more waiting, and beyond that "busy" with a
// time to come back; a waiting request whose client went away is dropped before it is rendered,
// and a running one is cancelled once nobody waits for it. The last PDFs are kept by key (the
// assessment's version, the language, the rule sets asked for...), so a second download of the
// same report is not printed again; requests for a report being printed share that print.
// Per process: every app server has its own queue and its own cache.

export type PdfRender = (signal: AbortSignal) => Promise<Uint8Array>;

/** How the bytes came: from the cache, printed for this request, or from a print already under way. */
export type PdfSource = "hit" | "miss" | "shared";

export type PdfQueueOptions = {
  /** Renders at once. */
  concurrency: number;
  /** Renders waiting for a slot; one more is refused as busy. */
  maxWaiting: number;
  /** PDFs kept, and their total size: the least recently used go first. */
  cacheEntries: number;
  cacheBytes: number;
  /** Milliseconds, for timing renders (the busy answer's wait). */
  now?: () => number;
  /** A render's expected duration before any was timed. */
  renderMsGuess?: number;
};

/** Every slot and waiting place is taken: come back after `retryAfter` seconds. */
export class PdfBusyError extends Error {
  constructor(readonly retryAfter: number) {
    super("pdf_busy");
    this.name = "PdfBusyError";
  }
}

/** The client went away before its PDF was ready. */
export class PdfAbortedError extends Error {
  constructor() {
    super("pdf_aborted");
    this.name = "PdfAbortedError";
  }
}

type Waiter = {
  resolve: (result: { pdf: Uint8Array; source: PdfSource }) => void;
  reject: (error: unknown) => void;
  source: PdfSource;
  leave: () => void;
};

type Job = {
  key: string;
  render: PdfRender;
  waiters: Set<Waiter>;
  controller: AbortController;
  state: "waiting" | "running";
};

export type PdfQueue = {
  /** The PDF at `key`: from the cache, else rendered (or joined) in turn; `signal` is the client's. */
  get(key: string, render: PdfRender, signal?: AbortSignal): Promise<{ pdf: Uint8Array; source: PdfSource }>;
  stats(): { running: number; waiting: number; cached: number; cachedBytes: number };
};

export function createPdfQueue(options: PdfQueueOptions): PdfQueue {
  const now = options.now ?? (() => Date.now());
  const cache = new Map<string, Uint8Array>(); // in use order: the first is the least recent
  let cachedBytes = 0;
  const jobs = new Map<string, Job>(); // waiting or running, by key
  const waiting: Job[] = [];
  let running = 0;
  let renderMs = options.renderMsGuess ?? 5_000;

  function remember(key: string, pdf: Uint8Array) {
    if (pdf.byteLength > options.cacheBytes || options.cacheEntries < 1) return;
    forget(key);
    cache.set(key, pdf);
    cachedBytes += pdf.byteLength;
    for (const [oldest, bytes] of cache) {
      if (cache.size <= options.cacheEntries && cachedBytes <= options.cacheBytes) break;
      cache.delete(oldest);
      cachedBytes -= bytes.byteLength;
    }
  }

  function forget(key: string) {
    const old = cache.get(key);
    if (!old) return;
    cache.delete(key);
    cachedBytes -= old.byteLength;
  }

  /** Seconds until a place is likely free: the renders ahead of a newcomer, at the timed pace. */
  function retryAfter(): number {
    const rounds = Math.ceil((waiting.length + 1) / options.concurrency);
    return Math.min(120, Math.max(1, Math.ceil((rounds * renderMs) / 1000)));
  }

  function pump() {
    while (running < options.concurrency && waiting.length > 0) start(waiting.shift()!);
  }

  function start(job: Job) {
    job.state = "running";
    running++;
    const began = now();
    let result: Promise<Uint8Array>;
    try {
      result = job.render(job.controller.signal);
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(
      (pdf) => {
        // A moving average of the time a render takes, for the busy answer.
        renderMs = Math.round(0.7 * renderMs + 0.3 * Math.max(0, now() - began));
        if (!job.controller.signal.aborted) remember(job.key, pdf);
        settle(job, (w) => w.resolve({ pdf, source: w.source }));
      },
      (error: unknown) => settle(job, (w) => w.reject(error)),
    );
  }

  function settle(job: Job, tell: (w: Waiter) => void) {
    running--;
    if (jobs.get(job.key) === job) jobs.delete(job.key);
    for (const waiter of job.waiters) {
      waiter.leave();
      tell(waiter);
    }
    job.waiters.clear();
    pump();
  }

  /** A waiter whose client went away: rejected at once; the job goes when nobody waits for it. */
  function abandon(job: Job, waiter: Waiter) {
    if (!job.waiters.delete(waiter)) return;
    waiter.leave();
    waiter.reject(new PdfAbortedError());
    if (job.waiters.size > 0) return;
    if (jobs.get(job.key) === job) jobs.delete(job.key);
    if (job.state === "waiting") {
      waiting.splice(waiting.indexOf(job), 1);
    } else {
      job.controller.abort(); // the running render stops; its slot is free when it has
    }
  }

  function join(job: Job, source: PdfSource, signal: AbortSignal | undefined) {
    return new Promise<{ pdf: Uint8Array; source: PdfSource }>((resolve, reject) => {
      const onAbort = () => abandon(job, waiter);
      const waiter: Waiter = { resolve, reject, source, leave: () => signal?.removeEventListener("abort", onAbort) };
      job.waiters.add(waiter);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  return {
    async get(key, render, signal) {
      if (signal?.aborted) throw new PdfAbortedError();
      const cached = cache.get(key);
      if (cached) {
        cache.delete(key); // most recently used again
        cache.set(key, cached);
        return { pdf: cached, source: "hit" };
      }
      const current = jobs.get(key);
      if (current) return join(current, "shared", signal);
      if (running >= options.concurrency && waiting.length >= options.maxWaiting) {
        throw new PdfBusyError(retryAfter());
      }
      const job: Job = { key, render, waiters: new Set(), controller: new AbortController(), state: "waiting" };
      jobs.set(key, job);
      waiting.push(job);
      const answer = join(job, "miss", signal);
      pump();
      return answer;
    },
    stats: () => ({ running, waiting: waiting.length, cached: cache.size, cachedBytes }),
  };
}
