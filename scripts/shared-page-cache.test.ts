import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createSharedPageCache } from "./shared-page-cache.mjs";

// A stand-in for Next: renders a page with the nonce its policy names, counting its renders.
function fakeNext() {
  let renders = 0;
  let n = 0;
  const handle = (req: IncomingMessage, res: ServerResponse, extra: Record<string, string> = {}) => {
    renders++;
    const nonce = `nonce${++n}AAAA==`;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-security-policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
    for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
    res.write(`<html><script nonce="${nonce}">a</script>`);
    res.end(
      `<p>${req.url} ${req.headers["accept-encoding"] ?? "identity"}</p><script nonce="${nonce}">b</script></html>`,
    );
  };
  return { handle, renders: () => renders };
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function serve(variants: Map<string, (cookie?: string) => Promise<string | undefined>>, extra = {}) {
  const next = fakeNext();
  const cache = createSharedPageCache({ registry: () => variants });
  const server = createServer((req, res) => {
    void cache.handle(req, res).then((served) => (served ? undefined : next.handle(req, res, extra)));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, next };
}

const nonceIn = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("the shared-page cache", () => {
  it("serves the second request from the copy, with a fresh nonce in the policy and in every script", async () => {
    let version = "v1";
    const { base, next } = await serve(new Map([["/list", async () => version]]));
    const first = await fetch(`${base}/list?page=2`);
    const firstBody = await first.text();
    const second = await fetch(`${base}/list?page=2`);
    const secondBody = await second.text();
    expect(next.renders()).toBe(1);
    expect(second.headers.get("x-shared-page")).toBe("hit");
    const [a, b] = [
      nonceIn(first.headers.get("content-security-policy")),
      nonceIn(second.headers.get("content-security-policy")),
    ];
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(b).not.toBe(a);
    expect(secondBody).not.toContain(a!);
    expect(secondBody.split(`nonce="${b}"`)).toHaveLength(3);
    expect(secondBody.replaceAll(b!, a!)).toBe(firstBody);
    // Another query, or the variant changing (the list imported anew), renders again.
    await fetch(`${base}/list?page=3`);
    expect(next.renders()).toBe(2);
    version = "v2";
    await fetch(`${base}/list?page=2`);
    expect(next.renders()).toBe(3);
  });

  it("gzips a copy for a client that accepts it, and only then", async () => {
    const { base } = await serve(new Map([["/list", async () => "v"]]));
    await fetch(`${base}/list`);
    const raw = (acceptEncoding: string) =>
      new Promise<{ encoding?: string; body: Buffer }>((resolve) => {
        void import("node:http").then(({ get }) =>
          get(`${base}/list`, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
          }),
        );
      });
    const gzipped = await raw("gzip");
    expect(gzipped.encoding).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString()).toContain("<p>/list identity</p>");
    // gzip refused by its q-value (the cache once took any mention of gzip for consent)
    const refused = await raw("gzip;q=0, identity");
    expect(refused.encoding).toBeUndefined();
    expect(refused.body.toString()).toContain("<p>/list identity</p>");
  });

  it("shares nothing the app did not register, nor a variant it refuses, nor an answer with a cookie", async () => {
    const variants = new Map<string, (cookie?: string) => Promise<string | undefined>>([
      ["/mine", async (cookie) => (cookie ? undefined : "v")],
    ]);
    const { base, next } = await serve(variants);
    await fetch(`${base}/other`);
    await fetch(`${base}/other`);
    expect(next.renders()).toBe(2);
    await fetch(`${base}/mine`, { headers: { cookie: "session=1" } });
    await fetch(`${base}/mine`, { headers: { cookie: "session=1" } });
    expect(next.renders()).toBe(4);
    // Next's client navigation asks for data, not the page.
    await fetch(`${base}/mine`, { headers: { rsc: "1" } });
    expect(next.renders()).toBe(5);

    const withCookie = await serve(new Map([["/set", async () => "v"]]), { "set-cookie": "a=1" });
    await fetch(`${withCookie.base}/set`);
    await fetch(`${withCookie.base}/set`);
    expect(withCookie.next.renders()).toBe(2);
  });

  it("renders as usual when the variant cannot be read (the database is down)", async () => {
    const { base, next } = await serve(
      new Map([
        [
          "/list",
          async () => {
            throw new Error("ECONNREFUSED");
          },
        ],
      ]),
    );
    expect((await fetch(`${base}/list`)).status).toBe(200);
    expect((await fetch(`${base}/list`)).headers.get("x-shared-page")).toBeNull();
    expect(next.renders()).toBe(2);
  });
});
