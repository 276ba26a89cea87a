// When an answer is gzipped: one rule for npm start's compression (scripts/compress-answers.mjs)
// and for the evaluations API, whose worker thread compresses its answer itself (lib/evaluations).
// Plain JavaScript, since scripts/start.mjs runs it without a build.
import Negotiator from "negotiator";
import { constants, gzipSync } from "node:zlib";

/** Smaller answers gain nothing from compression (the compression middleware's own default). */
export const THRESHOLD = 1024;

/** Whether an Accept-Encoding header takes gzip before identity (q-values honoured). */
export function acceptsGzip(acceptEncoding) {
  const headers = acceptEncoding == null ? {} : { "accept-encoding": acceptEncoding };
  return new Negotiator({ headers }).encoding(["gzip", "identity"]) === "gzip";
}

/** A whole answer gzipped in one call, at zlib's fastest level. */
export function gzipWhole(bytes) {
  return gzipSync(bytes, { level: constants.Z_BEST_SPEED });
}

// Next drops a route handler's Content-Encoding and Content-Length (they could describe a body that
// fetch had already decoded), so a route cannot send bytes it compressed itself. npm start's server
// offers a hand-off instead: it sets GZIP_HANDOFF on every request, over any copy the client sent; a
// route that sees it may answer gzipped bytes marked with GZIPPED_BODY, and the server sends them
// with Content-Encoding: gzip and their length (scripts/compress-answers.mjs). Without that server
// (next dev) no route compresses.
export const GZIP_HANDOFF = "x-zjtx-gzip-handoff";
export const GZIPPED_BODY = "x-zjtx-gzipped";
