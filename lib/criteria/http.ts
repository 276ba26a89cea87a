import { evaluate } from "./evaluate";
import { parseFacts } from "./facts/parse";
import { isRulesetId } from "./rulesets/catalog";
import type { Locale } from "./types";

// POST /api/v1/evaluations without the transport (criteria.md section 5). Every client error is
// a 4xx with a stable `error` code; nothing a client sends can make this throw.

export const MAX_BODY_BYTES = 256 * 1024;

export interface HttpAnswer {
  status: number;
  body: unknown;
}

export interface EvaluateRequestOptions {
  today?: string;
  /** Locale of messages and labels; a `locale` member of the body wins. */
  locale?: Locale;
}

const REQUEST_MESSAGES = {
  not_object: {
    "zh-CN": '请求体必须是 JSON 对象，例如 {"facts": {…}}',
    en: 'The request body must be a JSON object, e.g. {"facts": {…}}',
  },
  facts_missing: {
    "zh-CN": "请求体须包含 facts 对象（不知道的项可填 null 或省略）",
    en: "The request body must contain a facts object (use null or leave out what you don't know)",
  },
  locale_invalid: { "zh-CN": "locale 只能是 zh-CN 或 en", en: "locale must be zh-CN or en" },
} as const;

/** UTF-8 length of s, counting no further than just past `limit`. */
export function utf8Bytes(s: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** How deeply a JSON body may nest objects and arrays: the facts are four levels deep. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests objects and arrays deeper than `max`, by counting brackets outside
 * strings: a linear scan with no recursion, done before parsing so that no recursive walk of the
 * parsed value (validation, logging, serialising) can overflow the stack. Not a validator: text
 * that is not JSON is left to JSON.parse.
 */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function invalidRequest(kind: keyof typeof REQUEST_MESSAGES, locale: Locale): HttpAnswer {
  return { status: 400, body: { error: "invalid_request", message: REQUEST_MESSAGES[kind][locale] } };
}

function handle(rawBody: string, options: EvaluateRequestOptions): HttpAnswer {
  if (rawBody.length > MAX_BODY_BYTES || utf8Bytes(rawBody, MAX_BODY_BYTES) > MAX_BODY_BYTES) {
    return { status: 413, body: { error: "payload_too_large" } };
  }
  if (jsonTooDeep(rawBody)) return { status: 400, body: { error: "invalid_json", reason: "too_deep" } };
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { status: 400, body: { error: "invalid_json" } };
  }
  let locale: Locale = options.locale ?? "zh-CN";
  if (!isObject(body)) return invalidRequest("not_object", locale);
  if (body.locale !== undefined) {
    if (body.locale !== "zh-CN" && body.locale !== "en") return invalidRequest("locale_invalid", locale);
    locale = body.locale;
  }
  if (!isObject(body.facts)) return invalidRequest("facts_missing", locale);
  const ruleset = body.ruleset ?? undefined;
  if (ruleset !== undefined && !isRulesetId(ruleset)) return { status: 400, body: { error: "unknown_ruleset" } };
  const parsed = parseFacts(body.facts, locale);
  if (!parsed.ok) {
    return {
      status: 400,
      body: { error: "invalid_facts", issues: parsed.issues.map((i) => ({ path: i.path, message: i.message })) },
    };
  }
  return { status: 200, body: evaluate(parsed.facts, { ruleset, locale, today: options.today }) };
}

export function evaluateRequest(rawBody: string, options: EvaluateRequestOptions = {}): HttpAnswer {
  try {
    return handle(typeof rawBody === "string" ? rawBody : String(rawBody), options);
  } catch {
    // A bug, not the client's doing; the route logs it with an id. Tests assert it never happens.
    return { status: 500, body: { error: "internal_error" } };
  }
}
