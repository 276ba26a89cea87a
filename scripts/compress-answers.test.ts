import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createGunzip, gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { GZIP_HANDOFF, GZIPPED_BODY, THRESHOLD } from "../lib/http/gzip-policy.mjs";
import { compressAnswers, GATHER_MAX } from "./compress-answers.mjs";

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

type Res = ServerResponse & { flush?: () => void };

/** A stand-in for Next behind compressAnswers, answering with `answer`. */
async function serve(answer: (res: Res, req: IncomingMessage) => void | Promise<void>) {
  const server = createServer((req, res) => {
    compressAnswers(req, res);
    void answer(res, req);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** As Next writes a route handler's or a page's answer: headers flushed, then each chunk written and flushed. */
async function writeAsNext(res: Res, type: string, chunks: (string | Buffer | Promise<string>)[]) {
  res.setHeader("content-type", type);
  res.flushHeaders();
  for (const chunk of chunks) {
    const part = await chunk;
    res.write(typeof part === "string" ? Buffer.from(part) : part);
    res.flush?.();
  }
  res.end();
}

type Answer = { status: number; headers: IncomingHttpHeaders; raw: Buffer; text: string };

function ask(url: string, options: { method?: string; encoding?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { "accept-encoding": options.encoding ?? "gzip, deflate, br" };
    const req = request(url, { method: options.method ?? "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const text = (res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

const json = (bytes: number) => JSON.stringify({ text: "评估".repeat(Math.ceil(bytes / 6)) });

describe("compressAnswers (npm start's compression)", () => {
  it("sends a JSON answer whole, gzipped, with its length, though it was written in pieces", async () => {
    const body = json(29_000);
    const base = await serve((res) => writeAsNext(res, "application/json", [body.slice(0, 1000), body.slice(1000)]));
    const a = await ask(base);
    expect(a.headers["content-encoding"]).toBe("gzip");
    expect(a.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(a.headers["content-length"])).toBe(a.raw.length);
    expect(a.raw.length).toBeLessThan(Buffer.byteLength(body) / 4);
    expect(a.headers.vary).toMatch(/accept-encoding/i);
    expect(a.text).toBe(body);
  });

  it("sends a short JSON answer, or one to a client that takes no gzip, as it is with its length", async () => {
    const small = json(THRESHOLD / 2);
    const short = await ask(await serve((res) => writeAsNext(res, "application/json; charset=utf-8", [small])));
    expect(short.headers["content-encoding"]).toBeUndefined();
    expect(Number(short.headers["content-length"])).toBe(Buffer.byteLength(small));
    expect(short.text).toBe(small);

    const large = json(10_000);
    const base = await serve((res) => writeAsNext(res, "application/problem+json", [large]));
    const plain = await ask(base, { encoding: "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(large));
    expect(plain.text).toBe(large);
    expect((await ask(base, { encoding: "gzip;q=0, identity" })).headers["content-encoding"]).toBeUndefined();
    expect((await ask(base)).headers["content-encoding"]).toBe("gzip"); // +json types are JSON too
  });

  it("streams JSON larger than it gathers, gzipped, and leaves no-transform answers alone", async () => {
    const huge = json(GATHER_MAX + 50_000);
    const big = await ask(
      await serve((res) => writeAsNext(res, "application/json", [huge.slice(0, 100_000), huge.slice(100_000)])),
    );
    expect(big.headers["transfer-encoding"]).toBe("chunked");
    expect(big.headers["content-encoding"]).toBe("gzip");
    expect(big.text).toBe(huge);

    const body = json(5_000);
    const kept = await ask(
      await serve((res) => {
        res.setHeader("cache-control", "no-transform");
        return writeAsNext(res, "application/json", [body]);
      }),
    );
    expect(kept.headers["content-encoding"]).toBeUndefined();
    expect(kept.text).toBe(body);
  });

  it("sends a short answer of any kind (a server action's result) as it is with its length", async () => {
    const flight = '0:{"a":"$@1"}\n1:{"kind":"saved","version":3}\n';
    const a = await ask(
      await serve((res) => writeAsNext(res, "text/x-component", [flight.slice(0, 10), flight.slice(10)])),
    );
    expect(a.headers["content-encoding"]).toBeUndefined();
    expect(Number(a.headers["content-length"])).toBe(flight.length);
    expect(a.text).toBe(flight);
  });

  it("streams a page as it renders: its first part arrives, gzipped, before the rest is written", async () => {
    let firstSeen!: () => void;
    const seen = new Promise<string>((resolve) => (firstSeen = () => resolve("<p>rest</p>".repeat(300))));
    const base = await serve((res) =>
      writeAsNext(res, "text/html; charset=utf-8", ["<!doctype html><h1>标题</h1>", seen]),
    );
    const text = await new Promise<string>((resolve, reject) => {
      request(base, { headers: { "accept-encoding": "gzip" } }, (res) => {
        expect(res.headers["content-encoding"]).toBe("gzip");
        let decoded = "";
        const gunzip = createGunzip();
        res.pipe(gunzip);
        gunzip.on("data", (c: Buffer) => {
          decoded += c.toString();
          // The server writes its second part only once the first has reached the client.
          if (decoded.includes("标题")) firstSeen();
        });
        gunzip.on("end", () => resolve(decoded));
        gunzip.on("error", reject);
      })
        .on("error", reject)
        .end();
    });
    expect(text).toBe(`<!doctype html><h1>标题</h1>${"<p>rest</p>".repeat(300)}`);
  });

  it("leaves what should not be compressed: a PDF, a HEAD request, an answer already encoded", async () => {
    const pdf = Buffer.alloc(5_000, 7);
    const file = await ask(
      await serve((res) => {
        res.setHeader("content-type", "application/pdf");
        res.end(pdf);
      }),
    );
    expect(file.headers["content-encoding"]).toBeUndefined();
    expect(file.raw.equals(pdf)).toBe(true);

    const body = json(5_000);
    const head = await ask(await serve((res) => writeAsNext(res, "application/json", [body])), { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);

    const zipped = gzipSync(body);
    const encoded = await ask(
      await serve((res) => {
        res.setHeader("content-encoding", "gzip");
        return writeAsNext(res, "application/json", [zipped]);
      }),
    );
    expect(encoded.headers["content-encoding"]).toBe("gzip");
    expect(encoded.text).toBe(body); // gzipped once, not twice
  });

  it("sends a body the app gzipped itself (the hand-off) as it is, with Content-Encoding and its length", async () => {
    const body = json(300_000); // beyond GATHER_MAX, yet still sent whole
    const zipped = gzipSync(body);
    let offered: string | string[] | undefined;
    const base = await serve((res, req) => {
      offered = req.headers[GZIP_HANDOFF];
      // As Next sends a route's Response: its Content-Encoding and Content-Length dropped, the marker kept.
      res.setHeader(GZIPPED_BODY, "gzip");
      return writeAsNext(res, "application/json", [zipped.subarray(0, 1000), zipped.subarray(1000)]);
    });
    const answer = await ask(base);
    expect(offered).toBe("1");
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers[GZIPPED_BODY]).toBeUndefined();
    expect(Number(answer.headers["content-length"])).toBe(zipped.length);
    expect(answer.text).toBe(body);
  });

  it("offers the hand-off on every request, whatever the client sent in its place", async () => {
    let offered: string | string[] | undefined;
    const base = await serve((res, req) => {
      offered = req.headers[GZIP_HANDOFF];
      res.end();
    });
    await new Promise<void>((resolve, reject) =>
      request(base, { headers: { [GZIP_HANDOFF]: "forged" } }, (res) => res.resume().on("end", resolve))
        .on("error", reject)
        .end(),
    );
    expect(offered).toBe("1");
  });
});
