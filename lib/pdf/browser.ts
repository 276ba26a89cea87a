// One browser for every render, started with the first and kept: a render opens its own context
// (no cookie or page shared between two readers) and closes it. A browser that crashed or was
// closed is started again by the next render; a launch that failed is tried again by the next one.
// A render whose signal aborts ends at once, whatever it was waiting for.

export type KeptContext = { close(): Promise<void> };

export type KeptBrowser = {
  newContext(options?: never): Promise<KeptContext>;
  isConnected(): boolean;
  on(event: "disconnected", listener: () => void): unknown;
  close(): Promise<void>;
};

type ContextOf<B extends KeptBrowser> = Awaited<ReturnType<B["newContext"]>>;
type OptionsOf<B extends KeptBrowser> = Parameters<B["newContext"]>[0];

export type BrowserKeeper<B extends KeptBrowser> = {
  /** `work` in a fresh context of the kept browser; the context is closed after, or when `signal` aborts. */
  withContext<T>(options: OptionsOf<B>, work: (context: ContextOf<B>) => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Closes the browser, if one is running (the next render starts another). */
  close(): Promise<void>;
};

export function createBrowserKeeper<B extends KeptBrowser>(launch: () => Promise<B>): BrowserKeeper<B> {
  let current: Promise<B> | null = null;

  function browser(): Promise<B> {
    if (current) return current;
    const launching = launch().then((b) => {
      b.on("disconnected", () => {
        if (current === launching) current = null;
      });
      return b;
    });
    current = launching;
    launching.catch(() => {
      if (current === launching) current = null;
    });
    return launching;
  }

  async function connected(): Promise<B> {
    const pending = browser();
    const b = await pending;
    if (b.isConnected()) return b;
    if (current === pending) current = null; // gone without telling us: start another
    return browser();
  }

  return {
    async withContext(options, work, signal) {
      if (signal?.aborted) throw signal.reason;
      const b = await connected();
      if (signal?.aborted) throw signal.reason;
      const context = (await b.newContext(options as never)) as ContextOf<B>;
      let closing: Promise<void> | null = null;
      const close = () => (closing ??= context.close().catch(() => undefined));
      // On abort the render is given up at once: the context closes, and whatever the work was
      // waiting for need not settle (Playwright's newPage does not when its context closes).
      let onAbort = () => {};
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => {
          void close();
          reject(signal?.reason);
        };
      });
      aborted.catch(() => undefined);
      signal?.addEventListener("abort", onAbort, { once: true });
      try {
        if (signal?.aborted) throw signal.reason;
        return await Promise.race([work(context), aborted]);
      } finally {
        signal?.removeEventListener("abort", onAbort);
        await close();
      }
    },
    async close() {
      const pending = current;
      current = null;
      if (pending) await pending.then((b) => b.close()).catch(() => undefined);
    },
  };
}
