import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { logError } from "@/lib/log";
import { isDatabaseUnavailable } from "@/lib/db/outage";
import { AppError, errorResponse } from "./errors";
import { requestLocale } from "./request-locale";

// The one edge of every route handler: input parsed with zod, known failures answered with their
// stable code in the reader's language, anything unexpected logged with the id the answer shows.

export type RouteContext<P> = { request: Request; params: P; locale: Locale };

/** The answer to a failure: its own code for an AppError, else 500 with the logged id. */
function failureResponse(error: unknown, locale: Locale, context: Record<string, unknown>): Response {
  if (error instanceof AppError) return errorResponse(error.code, locale, error.extra, error.headers);
  // The database cannot be reached (refused, reset, shutting down): a stable code, not a 500.
  if (isDatabaseUnavailable(error)) return errorResponse("database_unavailable", locale, {}, { "Retry-After": "30" });
  return errorResponse("internal_error", locale, { id: logError(error, context) });
}

export function route<P extends Record<string, string> = Record<string, never>>(
  name: string,
  handler: (ctx: RouteContext<P>) => Promise<Response>,
) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    const locale = requestLocale(request);
    try {
      const params = (context ? await context.params : {}) as P;
      return await handler({ request, params, locale });
    } catch (error) {
      unstable_rethrow(error); // Next's own redirects and not-found pass through
      return failureResponse(error, locale, { route: name, method: request.method });
    }
  };
}

/** Input as the schema says, or a 400 `invalid_request` naming each field that is wrong. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: "invalid_request" | "invalid_filters" = "invalid_request",
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError(code, {
    issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), code: i.code })),
  });
}
