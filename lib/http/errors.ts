import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

// The stable error codes of every JSON answer that is not a success, with their HTTP status. The
// body is `{ error, message, id? }`: `message` in the reader's language (the catalogues'
// apiErrors), `id` only for an unexpected failure, the same id the log line carries.

export const ERROR_STATUS = {
  invalid_request: 400,
  invalid_json: 400,
  invalid_facts: 400,
  invalid_filters: 400,
  invalid_cursor: 400,
  invalid_format: 400,
  unknown_ruleset: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_origin: 403,
  not_found: 404,
  incomplete: 409,
  payload_too_large: 413,
  too_many_attempts: 429,
  server_busy: 503,
  database_unavailable: 503,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A failure the edge answers with its code and status; anything else is unexpected. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

export function errorMessage(code: ErrorCode, locale: Locale, values: Record<string, string> = {}): string {
  const template: string = messages[locale].apiErrors[code];
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function errorBody(code: ErrorCode, locale: Locale, extra: Record<string, unknown> = {}) {
  return { error: code, message: errorMessage(code, locale, { id: String(extra.id ?? "") }), ...extra };
}

export function errorResponse(code: ErrorCode, locale: Locale, extra: Record<string, unknown> = {}, headers = {}) {
  return Response.json(errorBody(code, locale, extra), {
    status: ERROR_STATUS[code],
    headers: { "Cache-Control": "no-store", ...headers },
  });
}
