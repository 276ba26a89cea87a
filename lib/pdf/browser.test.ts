import { describe, expect, it } from "vitest";
import { createBrowserKeeper } from "./browser";

type Options = { cookie: string };

/** A browser that the test can crash, counting its contexts. */
class FakeBrowser {
  connected = true;
  contexts: { options: Options; closed: boolean }[] = [];
  closed = false;
  private listeners: (() => void)[] = [];
  constructor(readonly n: number) {}
  async newContext(options?: Options) {
    if (!this.connected) throw new Error("browser has been closed");
    let closed!: () => void;
    const whenClosed = new Promise<void>((resolve) => (closed = resolve));
    const context = {
      options: options!,
      closed: false,
      whenClosed,
      close: async () => {
        context.closed = true;
        closed();
      },
    };
    this.contexts.push(context);
    return context;
  }
  isConnected() {
    return this.connected;
  }
  on(_event: "disconnected", listener: () => void) {
    this.listeners.push(listener);
  }
  crash() {
    this.connected = false;
    for (const l of this.listeners) l();
  }
  async close() {
    this.closed = true;
    this.crash();
  }
}

function launcher() {
  const launched: FakeBrowser[] = [];
  const launch = async () => {
    const b = new FakeBrowser(launched.length + 1);
    launched.push(b);
    return b;
  };
  return { launched, launch };
}

const print = (name: string) => async (context: { options: Options }) => `${name} with ${context.options.cookie}`;

describe("the kept browser", () => {
  it("is launched once for several renders, each in its own context, closed after", async () => {
    const l = launcher();
    const keeper = createBrowserKeeper(l.launch);
    const results = await Promise.all([
      keeper.withContext({ cookie: "a" }, print("one")),
      keeper.withContext({ cookie: "b" }, print("two")),
    ]);
    expect(await keeper.withContext({ cookie: "c" }, print("three"))).toBe("three with c");
    expect(results).toEqual(["one with a", "two with b"]);
    expect(l.launched).toHaveLength(1);
    expect(l.launched[0]!.contexts.map((c) => [c.options.cookie, c.closed])).toEqual([
      ["a", true],
      ["b", true],
      ["c", true],
    ]);
  });

  it("is launched again after it crashed, or went away without a word", async () => {
    const l = launcher();
    const keeper = createBrowserKeeper(l.launch);
    await keeper.withContext({ cookie: "a" }, print("one"));
    l.launched[0]!.crash();
    expect(await keeper.withContext({ cookie: "b" }, print("two"))).toBe("two with b");
    expect(l.launched).toHaveLength(2);
    expect(l.launched[1]!.contexts).toHaveLength(1);

    l.launched[1]!.connected = false; // no "disconnected" event
    await keeper.withContext({ cookie: "c" }, print("three"));
    expect(l.launched).toHaveLength(3);
    await keeper.withContext({ cookie: "d" }, print("four"));
    expect(l.launched).toHaveLength(3);
  });

  it("tries the launch again after it failed", async () => {
    let attempts = 0;
    const keeper = createBrowserKeeper(async () => {
      attempts++;
      if (attempts === 1) throw new Error("no chromium");
      return new FakeBrowser(attempts);
    });
    await expect(keeper.withContext({ cookie: "a" }, print("one"))).rejects.toThrow("no chromium");
    expect(await keeper.withContext({ cookie: "b" }, print("two"))).toBe("two with b");
    expect(attempts).toBe(2);
  });

  it("closes a render's context when its signal aborts, and the context after a failed render", async () => {
    const l = launcher();
    const keeper = createBrowserKeeper(l.launch);
    const controller = new AbortController();
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const render = keeper.withContext(
      { cookie: "a" },
      (context) =>
        new Promise<string>((_, reject) => {
          entered();
          // As Playwright does: a page whose context closes rejects what it was doing.
          void context.whenClosed.then(() => reject(new Error("Target page, context or browser has been closed")));
        }),
      controller.signal,
    );
    await inside;
    expect(l.launched[0]!.contexts[0]!.closed).toBe(false);
    controller.abort();
    expect(l.launched[0]!.contexts[0]!.closed).toBe(true);
    await expect(render).rejects.toMatchObject({ name: "AbortError" });

    await expect(
      keeper.withContext({ cookie: "b" }, async () => {
        throw new Error("report page answered 500");
      }),
    ).rejects.toThrow("500");
    expect(l.launched[0]!.contexts[1]!.closed).toBe(true);
    expect(l.launched).toHaveLength(1);
  });

  it("gives up a render stuck in the browser as soon as its signal aborts", async () => {
    // Playwright's newPage never settles when its context is closed under it.
    const l = launcher();
    const keeper = createBrowserKeeper(l.launch);
    const controller = new AbortController();
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const render = keeper.withContext(
      { cookie: "a" },
      () => {
        entered();
        return new Promise<string>(() => {});
      },
      controller.signal,
    );
    await inside;
    controller.abort();
    await expect(render).rejects.toMatchObject({ name: "AbortError" });
    expect(l.launched[0]!.contexts[0]!.closed).toBe(true);
  });

  it("opens no context for a signal already aborted", async () => {
    const l = launcher();
    const keeper = createBrowserKeeper(l.launch);
    const controller = new AbortController();
    controller.abort();
    await expect(keeper.withContext({ cookie: "a" }, print("one"), controller.signal)).rejects.toThrow();
    expect(l.launched.flatMap((b) => b.contexts)).toEqual([]);
  });
});
