import { describe, expect, it } from "vitest";
import { createPdfQueue, PdfAbortedError, PdfBusyError, type PdfQueueOptions } from "./queue";

/** A render the test finishes by hand, counting how many run at once. */
function renders() {
  const started: string[] = [];
  const pending = new Map<string, { resolve: (b: Uint8Array) => void; reject: (e: unknown) => void }>();
  const aborted: string[] = [];
  let running = 0;
  let most = 0;
  const render = (key: string) => (signal: AbortSignal) => {
    started.push(key);
    running++;
    most = Math.max(most, running);
    return new Promise<Uint8Array>((resolve, reject) => {
      const done = () => {
        running--;
        pending.delete(key);
      };
      pending.set(key, {
        resolve: (b) => (done(), resolve(b)),
        reject: (e) => (done(), reject(e)),
      });
      signal.addEventListener("abort", () => {
        aborted.push(key);
        done();
        reject(new Error("closed"));
      });
    });
  };
  const finish = async (key: string, bytes = new TextEncoder().encode(`pdf of ${key}`)) => {
    const p = pending.get(key);
    if (!p) throw new Error(`${key} is not running`);
    p.resolve(bytes);
    await flush();
  };
  return { render, finish, started, aborted, most: () => most, running: () => running };
}

/** Lets every settled promise's reactions run. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

const limits: PdfQueueOptions = { concurrency: 2, maxWaiting: 2, cacheEntries: 10, cacheBytes: 1_000_000 };

describe("the PDF queue", () => {
  it("never runs more renders at once than its concurrency, and runs the waiting ones in order", async () => {
    const r = renders();
    const queue = createPdfQueue(limits);
    const answers = ["a", "b", "c", "d"].map((k) => queue.get(k, r.render(k)));
    await flush();
    expect(r.started).toEqual(["a", "b"]);
    expect(queue.stats()).toMatchObject({ running: 2, waiting: 2 });
    await r.finish("b");
    expect(r.started).toEqual(["a", "b", "c"]);
    await r.finish("a");
    await r.finish("c");
    await r.finish("d");
    const texts = (await Promise.all(answers)).map((a) => new TextDecoder().decode(a.pdf));
    expect(texts).toEqual(["pdf of a", "pdf of b", "pdf of c", "pdf of d"]);
    expect(r.most()).toBe(2);
  });

  it("refuses one more waiting request than its bound as busy, with a time to come back", async () => {
    const r = renders();
    let clock = 0;
    const queue = createPdfQueue({ ...limits, now: () => clock, renderMsGuess: 4_000 });
    const kept = ["a", "b", "c", "d"].map((k) => queue.get(k, r.render(k)));
    await flush();
    const refused = await queue.get("e", r.render("e")).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PdfBusyError);
    // Two waiting and two slots: a newcomer's turn comes after two rounds of 4 s.
    expect((refused as PdfBusyError).retryAfter).toBe(Math.ceil((2 * 4_000) / 1000));
    expect(r.started).not.toContain("e");

    // Renders timed at 10 s each raise the estimate.
    clock = 10_000;
    await r.finish("a");
    await r.finish("b");
    const slow = createPdfQueue({ ...limits, concurrency: 1, maxWaiting: 0, now: () => clock });
    const first = slow.get("x", r.render("x"));
    await flush();
    clock += 30_000;
    await r.finish("x");
    await first;
    const busy = slow.get("y", r.render("y"));
    const busier = (await slow.get("z", r.render("z")).catch((e: unknown) => e)) as PdfBusyError;
    expect(busier).toBeInstanceOf(PdfBusyError);
    expect(busier.retryAfter).toBeGreaterThan(5); // above the 5 s guess: 30 s was measured
    await flush();
    await r.finish("y");
    await busy;

    await r.finish("c");
    await r.finish("d");
    await Promise.all(kept);
    // A place again: the same request is now taken.
    const later = queue.get("e", r.render("e"));
    await flush();
    await r.finish("e");
    expect((await later).source).toBe("miss");
  });

  it("drops a waiting request whose client went away: it is never rendered and frees its place", async () => {
    const r = renders();
    const queue = createPdfQueue({ ...limits, concurrency: 1, maxWaiting: 1 });
    const first = queue.get("a", r.render("a"));
    const client = new AbortController();
    const gone = queue.get("b", r.render("b"), client.signal);
    await flush();
    expect(queue.stats().waiting).toBe(1);
    client.abort();
    await expect(gone).rejects.toBeInstanceOf(PdfAbortedError);
    expect(queue.stats().waiting).toBe(0);
    // Its place is free for another request.
    const next = queue.get("c", r.render("c"));
    await r.finish("a");
    await r.finish("c");
    await Promise.all([first, next]);
    expect(r.started).toEqual(["a", "c"]);
  });

  it("refuses a request whose client has already gone, without queueing it", async () => {
    const r = renders();
    const queue = createPdfQueue(limits);
    const client = new AbortController();
    client.abort();
    await expect(queue.get("a", r.render("a"), client.signal)).rejects.toBeInstanceOf(PdfAbortedError);
    await flush();
    expect(r.started).toEqual([]);
  });

  it("cancels a running render once nobody waits for it, and caches nothing of it", async () => {
    const r = renders();
    const queue = createPdfQueue({ ...limits, concurrency: 1 });
    const one = new AbortController();
    const two = new AbortController();
    const a = queue.get("a", r.render("a"), one.signal);
    const shared = queue.get("a", r.render("a"), two.signal);
    const waiting = queue.get("b", r.render("b"));
    await flush();
    one.abort();
    await expect(a).rejects.toBeInstanceOf(PdfAbortedError);
    expect(r.aborted).toEqual([]); // someone still waits for it
    two.abort();
    await expect(shared).rejects.toBeInstanceOf(PdfAbortedError);
    await flush();
    expect(r.aborted).toEqual(["a"]);
    // The slot went to the next one.
    expect(r.started).toEqual(["a", "b"]);
    await r.finish("b");
    await waiting;
    expect(queue.stats().cached).toBe(1);
    expect(r.most()).toBe(1);
  });

  it("returns the same bytes for the same key without rendering, and renders again for another key", async () => {
    const r = renders();
    const queue = createPdfQueue(limits);
    const key = (locale: string, version: number) => JSON.stringify(["id-1", version, locale]);
    const first = queue.get(key("zh-CN", 1), r.render("zh v1"));
    await flush();
    await r.finish("zh v1");
    const printed = await first;
    expect(printed.source).toBe("miss");

    const again = await queue.get(key("zh-CN", 1), r.render("zh v1 again"));
    expect(again).toEqual({ pdf: printed.pdf, source: "hit" });
    expect(again.pdf).toBe(printed.pdf);

    const english = queue.get(key("en", 1), r.render("en v1"));
    const newer = queue.get(key("zh-CN", 2), r.render("zh v2"));
    await flush();
    await r.finish("en v1");
    await r.finish("zh v2");
    expect((await english).source).toBe("miss");
    expect(new TextDecoder().decode((await newer).pdf)).toBe("pdf of zh v2");
    expect(r.started).toEqual(["zh v1", "en v1", "zh v2"]);
  });

  it("lets concurrent requests for one key share one render", async () => {
    const r = renders();
    const queue = createPdfQueue(limits);
    const a = queue.get("k", r.render("k"));
    const b = queue.get("k", r.render("k again"));
    await flush();
    await r.finish("k");
    expect((await a).source).toBe("miss");
    expect((await b).source).toBe("shared");
    expect((await b).pdf).toBe((await a).pdf);
    expect(r.started).toEqual(["k"]);
  });

  it("does not cache a failed render, and tells every waiter", async () => {
    const queue = createPdfQueue(limits);
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error("no chromium"));
    };
    const [a, b] = await Promise.allSettled([queue.get("k", failing), queue.get("k", failing)]);
    expect(a).toMatchObject({ status: "rejected", reason: { message: "no chromium" } });
    expect(b).toMatchObject({ status: "rejected", reason: { message: "no chromium" } });
    await expect(queue.get("k", failing)).rejects.toThrow("no chromium");
    expect(calls).toBe(2);
    expect(queue.stats()).toMatchObject({ running: 0, waiting: 0, cached: 0 });
  });

  it("keeps the cache within its entries and bytes, dropping the least recently used", async () => {
    const queue = createPdfQueue({ ...limits, cacheEntries: 2, cacheBytes: 10 });
    const bytes = (n: number) => () => Promise.resolve(new Uint8Array(n));
    await queue.get("a", bytes(3));
    await queue.get("b", bytes(3));
    expect((await queue.get("a", bytes(3))).source).toBe("hit"); // a is now the most recent
    await queue.get("c", bytes(3)); // three entries: b goes
    expect(queue.stats()).toMatchObject({ cached: 2, cachedBytes: 6 });
    expect((await queue.get("a", bytes(3))).source).toBe("hit");
    expect((await queue.get("b", bytes(3))).source).toBe("miss");
    await queue.get("big", bytes(9)); // 9 + 3 > 10: only it stays
    expect(queue.stats()).toMatchObject({ cached: 1, cachedBytes: 9 });
    await queue.get("huge", bytes(11)); // larger than the whole cache: served, not kept
    expect(queue.stats()).toMatchObject({ cached: 1, cachedBytes: 9 });
  });
});
