import { evaluateRequest, MAX_BODY_BYTES } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { errorMessage, type ErrorCode } from "@/lib/http/errors";
import { readBodyLimited } from "@/lib/http/read-body";
import { route } from "@/lib/http/route";

/** The contract of criteria.md §5; the whole logic is lib/criteria's `evaluateRequest`. */
export const POST = route("POST /api/v1/evaluations", async ({ request, locale }) => {
  const body = await readBodyLimited(request, MAX_BODY_BYTES);
  const answer = body.ok
    ? evaluateRequest(body.text, { today: chinaToday(), locale })
    : {
        status: body.reason === "too_large" ? 413 : 400,
        body: { error: body.reason === "too_large" ? "payload_too_large" : "invalid_request" },
      };
  // Refusals carry a message in the reader's language, as every other endpoint's do, except the two
  // whose bodies criteria.md section 5 spells out exactly (unknown_ruleset, invalid_facts).
  const refusal = answer.body as { error?: ErrorCode; message?: string };
  const exact = refusal.error === "unknown_ruleset" || refusal.error === "invalid_facts";
  const worded = refusal.error && !refusal.message && !exact;
  const out = worded ? { ...refusal, message: errorMessage(refusal.error!, locale) } : answer.body;
  return Response.json(out, { status: answer.status, headers: { "Cache-Control": "no-store" } });
});
