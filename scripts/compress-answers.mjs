// Compression of `npm start`'s answers, in place of Next's own (next.config.js: compress: false).
//
// Next sends every answer through a streaming compressor flushed after each chunk, as it cannot
// know an answer's length: even a 60-byte JSON answer got a gzip stream of its own, and a route
// handler's JSON, whose body is whole from the start, was compressed piece by piece. Here:
// - a JSON answer (the API) is gathered and sent in one piece with its length: under THRESHOLD
//   bytes as it is, above it gzipped in one call at zlib's fastest level (as the shared pages
//   are); the evaluation's 29 KB answer cost about 0.5 ms less server CPU;
// - any other answer is held until it reaches THRESHOLD bytes, ends, or this turn of the event
//   loop is over: a short one (a server action's result, a redirect) goes out as it is with its
//   length, the rest streams through the compression middleware as before (pages as they
//   render, CSV downloads row by row, scripts);
// - JSON larger than GATHER_MAX streams too;
// - a JSON answer the app gzipped itself (the hand-off of lib/http/gzip-policy.mjs: the
//   evaluations API compresses in its worker thread) goes out as it is, with Content-Encoding and
//   its length.
// npm run -s bench:http measures it (README, Performance).

// The compression middleware Next itself applies (expressjs/compression, bundled with Next): gzip
// or deflate, never brotli, whose encoder cost about 1 ms more per streamed answer here.
import compression from "next/dist/compiled/compression/index.js";
import { acceptsGzip, GZIP_HANDOFF, GZIPPED_BODY, gzipWhole, THRESHOLD } from "../lib/http/gzip-policy.mjs";

/** Gathered at most; beyond it a JSON answer streams (one gzip call blocks about 1 ms per 500 KB). */
export const GATHER_MAX = 256 * 1024;

const streaming = compression({ threshold: THRESHOLD });

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** How an answer is held back before it is sent: a JSON body whole, anything else its first bytes. */
function holdOf(req, res) {
  if (req.method === "HEAD" || res.headersSent || res.statusCode === 204 || res.statusCode === 304) return undefined;
  if (res.getHeader("content-encoding")) return undefined;
  // Gzipped by the app already (the hand-off, lib/http/gzip-policy.mjs): whole, however large.
  if (res.getHeader(GZIPPED_BODY)) return { max: Infinity, turnOnly: false };
  const json = JSON_TYPE.test(String(res.getHeader("content-type") ?? ""));
  return json ? { max: GATHER_MAX, turnOnly: false } : { max: THRESHOLD, turnOnly: true };
}

/** What the middleware would compress: a compressible type, and no Cache-Control: no-transform. */
const compressible = (req, res) =>
  compression.filter(req, res) &&
  !/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(String(res.getHeader("cache-control") ?? ""));

/** Prepares `res` so that what Next writes to it is compressed as described above. */
export function compressAnswers(req, res) {
  req.headers[GZIP_HANDOFF] = "1";
  streaming(req, res, () => undefined);
  const inner = { write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  /** @type {"hold" | "pass" | undefined} decided at the first write, end or flush of the headers */
  let mode;
  /** @type {{ max: number, turnOnly: boolean } | undefined} */
  let hold;
  /** @type {Uint8Array[]} */
  let chunks = [];
  let size = 0;
  const keep = (chunk, encoding) => {
    if (chunk == null || typeof chunk === "function") return;
    const bytes =
      typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : chunk;
    chunks.push(bytes);
    size += bytes.byteLength;
  };
  /** Sends what was held through the streaming compressor, which takes every later write. */
  const release = (callback) => {
    if (mode !== "hold" || res.destroyed) return true;
    mode = "pass";
    const held = Buffer.concat(chunks);
    chunks = [];
    const ok = inner.write.call(res, held, callback);
    // Next flushes after every write; those made while holding found no compressor to flush.
    res.flush?.();
    return ok;
  };
  const decide = () => {
    if (mode) return mode;
    hold = holdOf(req, res);
    mode = hold ? "hold" : "pass";
    // A streamed page is held no longer than this turn of the event loop: what it has written by
    // then goes out, so that a slow render still shows its first part at once.
    if (hold?.turnOnly) setImmediate(() => release());
    return mode;
  };
  const callbackOf = (args) => args.find((a) => typeof a === "function");

  // Next sends the headers before the first chunk; a held answer sends them with its body.
  res.flushHeaders = function () {
    if (decide() === "pass") inner.flushHeaders.call(this);
  };
  res.write = function (chunk, ...rest) {
    if (decide() === "pass") return inner.write.call(this, chunk, ...rest);
    keep(chunk, rest[0]);
    const callback = callbackOf(rest);
    if (size > hold.max) return release(callback);
    if (callback) process.nextTick(callback);
    return true;
  };
  res.end = function (...args) {
    if (decide() === "pass") return inner.end.apply(this, args);
    const callback = callbackOf(args);
    keep(args[0], args[1]);
    if (size > hold.max) {
      release();
      return callback ? inner.end.call(this, callback) : inner.end.call(this);
    }
    mode = "pass";
    let body = Buffer.concat(chunks);
    chunks = [];
    if (this.getHeader(GZIPPED_BODY)) {
      this.removeHeader(GZIPPED_BODY);
      this.setHeader("Content-Encoding", "gzip");
    } else if (body.length >= THRESHOLD && compressible(req, this) && acceptsGzip(req.headers["accept-encoding"])) {
      body = gzipWhole(body);
      this.setHeader("Content-Encoding", "gzip");
    }
    this.setHeader("Content-Length", body.length);
    return callback ? inner.end.call(this, body, callback) : inner.end.call(this, body);
  };
}
