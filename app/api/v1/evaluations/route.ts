import { MAX_BODY_BYTES } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { evaluations, PoolBusyError } from "@/lib/evaluations";
import { AppError } from "@/lib/http/errors";
import { acceptsGzip, GZIP_HANDOFF, GZIPPED_BODY } from "@/lib/http/gzip-policy.mjs";
import { readBodyLimited } from "@/lib/http/read-body";
import { route } from "@/lib/http/route";

/**
 * The contract of criteria.md §5: the body is read here, the rest (lib/evaluations/answer.ts: the
 * rules engine's evaluateRequest, the answer's JSON and its compression) runs in a worker thread.
 * A gzipped answer is marked for npm start's server, which sends it (lib/http/gzip-policy.mjs).
 */
export const POST = route("POST /api/v1/evaluations", async ({ request, locale }) => {
  const body = await readBodyLimited(request, MAX_BODY_BYTES);
  if (!body.ok) throw new AppError(body.reason === "too_large" ? "payload_too_large" : "invalid_request");
  const job = {
    text: body.text,
    today: chinaToday(),
    locale,
    // Gzipped in the worker only where npm start's server will say so (Next drops the header).
    gzip: request.headers.get(GZIP_HANDOFF) === "1" && acceptsGzip(request.headers.get("accept-encoding")),
  };
  let answer;
  try {
    answer = await evaluations.run(job, request.signal);
  } catch (error) {
    if (error instanceof PoolBusyError) throw new AppError("server_busy", {}, { "Retry-After": "1" });
    // The client went away while its request waited: there is no one to answer.
    if (request.signal.aborted) return new Response(null, { status: 499 });
    throw error;
  }
  // The engine answers 500 only for a bug of its own: logged, with the id the answer shows.
  if (answer.status >= 500) throw new Error("the rules engine failed on a request");
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    Vary: "Accept-Encoding",
  };
  if (answer.gzipped) headers[GZIPPED_BODY] = "gzip";
  return new Response(answer.bytes as Uint8Array<ArrayBuffer>, { status: answer.status, headers });
});
