// A page whose rendering is the first to find the database gone answers Next's 500 (proxy.ts lets
// pages through until a failed query has marked the database down). In `npm start`'s server that
// answer becomes the translated 503 page that later requests get from proxy.ts: the mark and the
// page are on globalThis (lib/db/outage.ts, set by lib/http/outage.ts).

const isPage = (req) => (req.method === "GET" || req.method === "HEAD") && !/^\/(api|_next)\//.test(req.url ?? "/");

/** Headers of Next's failed answer that belong to the body it would have sent, not to ours. */
const BODY_HEADERS = ["content-encoding", "content-length", "content-type", "etag", "cache-control", "vary"];

/** Watches one response: if Next is about to send a 5xx page while the database is marked down, sends the 503 page instead. */
export function answerOutagesWith503(req, res, outage = () => globalThis.__zjtxOutage) {
  if (!isPage(req)) return;
  const { writeHead, write, end } = res;
  let swapped = false;
  const failing = (status) => status >= 500 && Boolean(outage()?.down && outage()?.page);
  // Sent from write or end, never from inside writeHead: Node calls writeHead from within them.
  const swap = (self) => {
    swapped = true;
    const page = outage().page((req.url ?? "/").split("?")[0], req.headers.cookie);
    for (const name of BODY_HEADERS) self.removeHeader(name);
    for (const [name, value] of Object.entries(page.headers)) self.setHeader(name, value);
    const body = Buffer.from(page.body);
    self.setHeader("content-length", body.length);
    writeHead.call(self, 503);
    end.call(self, req.method === "HEAD" ? undefined : body);
  };
  const done = (args) => {
    const callback = args.find((a) => typeof a === "function");
    if (callback) process.nextTick(callback);
  };
  // The compression (compress-answers.mjs) wraps these in turn and keeps references to them: all its writes come here.
  res.writeHead = function (status, ...args) {
    if (swapped) return this;
    if (!failing(status)) return writeHead.call(this, status, ...args);
    this.statusCode = status; // held back: the first write or the end sends our page instead
    return this;
  };
  res.write = function (...args) {
    if (!swapped && !this.headersSent && failing(this.statusCode)) swap(this);
    if (!swapped) return write.apply(this, args);
    done(args);
    return true;
  };
  res.end = function (...args) {
    if (!swapped && !this.headersSent && failing(this.statusCode)) swap(this);
    if (!swapped) return end.apply(this, args);
    done(args);
    return this;
  };
}
