import { evaluateRequest, type HttpAnswer } from "@/lib/criteria";
import { errorMessage, type ErrorCode } from "@/lib/http/errors";
import { gzipWhole, THRESHOLD } from "@/lib/http/gzip-policy.mjs";
import type { Locale } from "@/lib/i18n/locales";

// POST /api/v1/evaluations' answer to a body that was read, as the bytes sent: what the evaluation
// worker computes (./worker.ts), away from the event loop that serves every other request.

export interface EvaluationJob {
  /** The request body as UTF-8 text (its size already checked against MAX_BODY_BYTES). */
  text: string;
  /** Today in China (chinaToday), which decides the rule set in force. */
  today: string;
  /** The reader's language, for messages and labels; a `locale` member of the body wins. */
  locale: Locale;
  /** Whether the client takes gzip (acceptsGzip of its Accept-Encoding). */
  gzip: boolean;
}

export interface EncodedAnswer {
  status: number;
  /** The JSON answer in UTF-8, gzipped when `gzipped`. */
  bytes: Uint8Array;
  gzipped: boolean;
}

/**
 * The answer of criteria.md section 5. Refusals carry a message in the reader's language, as every
 * other endpoint's do, except the two whose bodies section 5 spells out exactly (unknown_ruleset,
 * invalid_facts).
 */
export function evaluationAnswer(text: string, { today, locale }: Pick<EvaluationJob, "today" | "locale">): HttpAnswer {
  const answer = evaluateRequest(text, { today, locale });
  const refusal = answer.body as { error?: ErrorCode; message?: string };
  const exact = refusal.error === "unknown_ruleset" || refusal.error === "invalid_facts";
  if (!refusal.error || refusal.message || exact) return answer;
  return { status: answer.status, body: { ...refusal, message: errorMessage(refusal.error, locale) } };
}

/** The answer as sent: JSON in UTF-8, gzipped in one call from THRESHOLD bytes when the client takes it. */
export function encodeAnswer(answer: HttpAnswer, gzip: boolean): EncodedAnswer {
  const json = Buffer.from(JSON.stringify(answer.body));
  const gzipped = gzip && json.byteLength >= THRESHOLD;
  return { status: answer.status, bytes: gzipped ? gzipWhole(json) : json, gzipped };
}
