import { isStorableText } from "@/lib/criteria/text";

/** A page's search parameters as Next hands them over. */
export type PageQuery = Record<string, string | string[] | undefined>;

/**
 * One query parameter (the first of a repeated one), trimmed and at most `max` characters;
 * undefined when absent, blank, or text no database could be asked about (a NUL, a lone
 * surrogate): a hand-made URL reads as no filter, never as a failure.
 */
export function queryValue(params: PageQuery, key: string, max = 200): string | undefined {
  const raw = params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, max);
  return value && isStorableText(value) ? value : undefined;
}

/** A request's query string as a page's search parameters. */
export function queryOf(request: Request): PageQuery {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(request.url).searchParams) if (!(k in out)) out[k] = v;
  return out;
}
