// A cache of whole pages that every reader sees alike (the designated-enterprise list), in front of
// Next in `npm start`'s server. Next cannot keep such a page itself: the Content-Security-Policy's
// nonce makes every page dynamic. Here the rendered HTML is kept and each copy served gets a fresh
// nonce, in the policy and in the page, so the nonce still changes with every answer.
//
// The app says which pages may be shared and what they depend on: it registers, per path, a
// function of the request's cookies that returns the page's variant (e.g. language, China's date
// and the list's version, read from the database on every request) or undefined when this request
// must not share. A copy is served only for the same path, query and variant, so an import through
// any app server is seen at the next request. Only complete 200 answers without cookies are kept.
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";
import { acceptsGzip } from "../lib/http/gzip-policy.mjs";

const gzipAsync = promisify(gzip);

/** Where the app registers its shareable pages (lib/http/shared-pages.ts), by pathname. */
const SHARED_PAGES_KEY = "__zjtxSharedPages";

/** Headers that describe one transfer, not the page. */
const TRANSFER_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "date",
  "keep-alive",
]);

/** Requests that want something other than the page's HTML: Next's client navigation and actions. */
function wantsHtmlDocument(req) {
  const h = req.headers;
  return (
    req.method === "GET" && !h.rsc && !h["next-action"] && !h["next-router-state-tree"] && !h["next-router-prefetch"]
  );
}

const nonceOf = (policy) => (typeof policy === "string" ? /'nonce-([^']+)'/.exec(policy)?.[1] : undefined);

/**
 * @param {{ maxBytes?: number, maxEntries?: number, registry?: () => Map<string, (cookie: string | undefined) => Promise<string | undefined>> | undefined }} [options]
 */
export function createSharedPageCache(options = {}) {
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  const maxEntries = options.maxEntries ?? 200;
  const maxEntryBytes = Math.floor(maxBytes / 8);
  const registry = options.registry ?? (() => globalThis[SHARED_PAGES_KEY]);
  /** @type {Map<string, { headers: Record<string, string | string[]>, parts: Buffer[], nonce: string, bytes: number }>} */
  const entries = new Map();
  let bytes = 0;

  function remember(key, entry) {
    const old = entries.get(key);
    if (old) bytes -= old.bytes;
    entries.delete(key);
    entries.set(key, entry);
    bytes += entry.bytes;
    // Least recently used first: a hit moves its entry to the end.
    for (const [k, e] of entries) {
      if (bytes <= maxBytes && entries.size <= maxEntries) break;
      entries.delete(k);
      bytes -= e.bytes;
    }
  }

  async function serve(req, res, entry) {
    const nonce = randomBytes(16).toString("base64");
    const nonceBytes = Buffer.from(nonce);
    const body = Buffer.concat(entry.parts.flatMap((part, i) => (i === 0 ? [part] : [nonceBytes, part])));
    for (const [name, value] of Object.entries(entry.headers))
      res.setHeader(name, name === "content-security-policy" ? String(value).split(entry.nonce).join(nonce) : value);
    res.setHeader("x-shared-page", "hit");
    // zlib's fastest level, as nginx's default: a third of the default level's CPU, 15 % larger.
    const gzipped = acceptsGzip(req.headers["accept-encoding"]);
    const payload = gzipped ? await gzipAsync(body, { level: constants.Z_BEST_SPEED }) : body;
    if (gzipped) res.setHeader("content-encoding", "gzip");
    res.setHeader("content-length", payload.length);
    res.statusCode = 200;
    res.end(payload);
  }

  /** Copies what Next writes, for the cache, while it goes to the client unchanged. */
  function capture(res, key) {
    const chunks = [];
    let size = 0;
    const write = res.write;
    const end = res.end;
    const keep = (chunk, encoding) => {
      if (chunk == null || typeof chunk === "function" || size > maxEntryBytes) return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      chunks.push(buffer);
      size += buffer.length;
    };
    res.write = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return end.call(this, chunk, encoding, callback);
    };
    res.once("finish", () => {
      const headers = res.getHeaders();
      const nonce = nonceOf(headers["content-security-policy"]);
      const html = String(headers["content-type"] ?? "").startsWith("text/html");
      if (res.statusCode !== 200 || !html || !nonce || headers["set-cookie"] || headers["content-encoding"]) return;
      if (size > maxEntryBytes) return;
      const kept = {};
      for (const [name, value] of Object.entries(headers))
        if (!TRANSFER_HEADERS.has(name) && value !== undefined)
          kept[name] = Array.isArray(value) ? value : String(value);
      // Split where the nonce stands, so that a copy is joined with a new one, never searched again.
      const parts = Buffer.concat(chunks)
        .toString("utf8")
        .split(nonce)
        .map((part) => Buffer.from(part));
      remember(key, { headers: kept, parts, nonce, bytes: size });
    });
  }

  /**
   * Serves a kept copy and returns true, or prepares to keep what Next is about to write and
   * returns false (Next must then handle the request).
   */
  async function handle(req, res) {
    if (!wantsHtmlDocument(req)) return false;
    const url = req.url ?? "/";
    const variantOf = registry()?.get(url.split("?")[0]);
    if (!variantOf) return false;
    let variant;
    try {
      variant = await variantOf(req.headers.cookie);
    } catch {
      return false; // e.g. the database is down: Next answers, as for any other page
    }
    if (variant === undefined) return false;
    // Over https the policy and HSTS differ (lib/http/security-headers.ts).
    const key = `${url}\n${variant}\n${req.headers["x-forwarded-proto"] ?? ""}`;
    const entry = entries.get(key);
    if (entry) {
      entries.delete(key);
      entries.set(key, entry);
      await serve(req, res, entry);
      return true;
    }
    // Uncompressed from Next, so that the nonce can be found and replaced in what is kept.
    delete req.headers["accept-encoding"];
    capture(res, key);
    return false;
  }

  return { handle, size: () => ({ entries: entries.size, bytes }) };
}
