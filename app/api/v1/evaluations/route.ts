import { evaluateRequest } from "@/lib/criteria";
import { todayInChina } from "@/lib/dates";
import { readBodyLimited } from "@/lib/http/read-body";
import { requestLocale } from "@/lib/http/request-locale";

/** The contract of criteria.md §5; the whole logic is lib/criteria's `evaluateRequest`. */
const BODY_LIMIT = 256 * 1024;

export async function POST(request: Request) {
  const body = await readBodyLimited(request, BODY_LIMIT);
  if (!body.ok) {
    return body.reason === "too_large"
      ? Response.json({ error: "payload_too_large" }, { status: 413 })
      : Response.json({ error: "invalid_request", message: "The request body could not be read." }, { status: 400 });
  }
  const answer = evaluateRequest(body.text, { today: todayInChina(), locale: requestLocale(request) });
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
