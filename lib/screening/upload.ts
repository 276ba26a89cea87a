import "server-only";
// The screening page's upload (POST /api/v1/admin/screening): reviewers and admins, same origin.
// A route handler rather than a server action, so that server actions keep their 1 MB body limit
// while this reads up to MAX_SCREENING_UPLOAD_BYTES, counting the bytes as they arrive and
// answering 413 with a translated message past it. A script (the form with JavaScript) asks for
// JSON; a plain form post is sent on to the results, or back to the page with the refusal.
import { loginPath, requireAdminApi } from "@/lib/auth/guards";
import { sameOrigin } from "@/lib/auth/request-info";
import { isRulesetId, type Locale } from "@/lib/criteria";
import { chinaToday } from "@/lib/criteria/today";
import { AppError } from "@/lib/http/errors";
import { logError } from "@/lib/log";
import { MAX_SCREENING_UPLOAD_BYTES } from "./limits";
import { storeScreening } from "./service";
import { screeningText } from "./words";

export const SCREENING_PATH = "/admin/screening";
export const SCREENING_UPLOAD_PATH = "/api/v1/admin/screening";

/** The multipart wrapping and the rule-set field around the file. */
const MAX_BODY_BYTES = MAX_SCREENING_UPLOAD_BYTES + 64 * 1024;

export type Refusal = "missing" | "too_large" | "ruleset" | "file" | "generic";

type RefusalParams = { id?: string; message?: string };

/** A refusal's message in the reader's language. */
export function refusalText(code: Refusal, locale: Locale, params: RefusalParams = {}): string {
  if (code === "file") return params.message ?? "";
  return screeningText(locale, `file.${code}`, {
    limit: MAX_SCREENING_UPLOAD_BYTES / 1024 / 1024,
    id: params.id ?? "",
  });
}

const FILE_REASONS = [
  "empty_file",
  "xls",
  "encoding_mixed",
  "encoding_invalid",
  "too_many_rows",
  "xlsx_too_large",
  "xlsx_malformed",
  "no_header",
  "no_rows",
];

/** The screening page's query → the refusal it names, in words (nothing in it is shown as given). */
export function refusalFromQuery(query: Record<string, string | string[] | undefined>, locale: Locale): string | null {
  const one = (key: string) => (typeof query[key] === "string" ? (query[key] as string).slice(0, 40) : "");
  const code = one("error");
  if (code === "missing" || code === "too_large" || code === "ruleset") return refusalText(code, locale);
  if (code === "generic" && /^[A-Za-z0-9-]{1,40}$/.test(one("id"))) return refusalText(code, locale, { id: one("id") });
  if (code === "file" && FILE_REASONS.includes(one("reason"))) {
    const line = /^\d{1,9}$/.test(one("line")) ? one("line") : "";
    const limit = /^[\d,]{1,12}$/.test(one("limit")) ? one("limit") : "";
    return screeningText(locale, `file.${one("reason")}`, { line, limit });
  }
  return null;
}

async function readForm(request: Request): Promise<FormData | "too_large" | "missing"> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) return "too_large";
  const type = request.headers.get("content-type") ?? "";
  if (!request.body || !/^multipart\/form-data/i.test(type)) return "missing";
  let size = 0;
  const body = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size <= MAX_BODY_BYTES) controller.enqueue(chunk);
        else controller.error(new Error("too large"));
      },
    }),
  );
  try {
    return await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    return size > MAX_BODY_BYTES ? "too_large" : "missing";
  }
}

const STATUS: Record<Refusal, number> = { missing: 400, too_large: 413, ruleset: 400, file: 422, generic: 500 };

export async function screeningUpload(request: Request, locale: Locale): Promise<Response> {
  if (!sameOrigin(request)) throw new AppError("cross_origin");
  const json = (request.headers.get("accept") ?? "").includes("application/json");
  const headers = { "Cache-Control": "no-store" };
  const go = (to: string) => new Response(null, { status: 303, headers: { ...headers, Location: to } });
  let session;
  try {
    session = await requireAdminApi(request, "reviewer");
  } catch (error) {
    if (!json && error instanceof AppError && error.code === "unauthenticated")
      return go(loginPath(SCREENING_PATH, true));
    throw error;
  }
  const refuse = (code: Refusal, params: { id?: string; message?: string } = {}) =>
    json
      ? Response.json(
          { status: "error", field: "file", message: refusalText(code, locale, params) },
          { status: STATUS[code], headers },
        )
      : go(`${SCREENING_PATH}?${new URLSearchParams({ error: code, ...(params.id ? { id: params.id } : {}) })}`);

  const data = await readForm(request);
  if (!(data instanceof FormData)) return refuse(data);
  const file = data.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse("missing");
  if (file.size > MAX_SCREENING_UPLOAD_BYTES) return refuse("too_large");
  const ruleset = data.get("ruleset") || undefined;
  if (ruleset !== undefined && !isRulesetId(ruleset)) return refuse("ruleset");
  try {
    const stored = await storeScreening(
      { userId: session.userId, email: session.email },
      { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), ruleset, locale, today: chinaToday() },
    );
    // A file that cannot be read: its reason is said in place (a plain post keeps no record of it).
    if (!stored.ok) {
      if (json) return refuse("file", { message: stored.message });
      const params = Object.fromEntries(Object.entries(stored.params).map(([k, v]) => [k, String(v)]));
      return go(`${SCREENING_PATH}?${new URLSearchParams({ error: "file", reason: stored.code, ...params })}`);
    }
    const to = `${SCREENING_PATH}/${stored.id}`;
    return json ? Response.json({ status: "done", id: stored.id, location: to }, { headers }) : go(to);
  } catch (error) {
    return refuse("generic", { id: logError(error, { action: "storeScreening" }) });
  }
}
