// The filters of the list, as the API and the page take them from a URL. Pure: shared by both so
// that a link from one works in the other.
import { z } from "zod";
import { decodeCursor, type Cursor } from "@/lib/http/cursor";
import { isBatch } from "./batches";
import { isProvinceCode } from "@/lib/criteria/provinces";
import { isStorableText } from "@/lib/criteria/text";
import { findIndustry } from "@/lib/questionnaire/industries";
import { parseIndustry } from "./import/fields";

export type EnterpriseFilters = { province?: string; batch?: number; industry?: string; q?: string };
export type { Cursor };
export type EnterpriseQuery = EnterpriseFilters & { cursor?: Cursor; limit: number };

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** "C34", "c348", "C", "C3" (any prefix of a listed section), or digits only ("34"), which take their section letter. */
function normaliseIndustry(text: string): string | null {
  const value = text.trim().toUpperCase();
  if (/^[A-T]\d?$/.test(value)) return findIndustry(value.slice(0, 1)) ? value : null;
  if (!/^[A-T]?\d{2,4}$/.test(value)) return null;
  const parsed = parseIndustry(value);
  return parsed.ok ? parsed.value : null;
}

const schema = z.object({
  province: optional(z.string().refine(isProvinceCode, "province")),
  batch: optional(z.coerce.number().refine(isBatch)),
  industry: optional(
    z
      .string()
      .transform((v, ctx) => normaliseIndustry(v) ?? (ctx.addIssue({ code: "custom", message: "industry" }), z.NEVER)),
  ),
  q: optional(z.string().trim().max(100).refine(isStorableText)),
  cursor: optional(
    z
      .string()
      .max(600)
      .transform((v, ctx) => decodeCursor(v) ?? (ctx.addIssue({ code: "custom", message: "cursor" }), z.NEVER)),
  ),
  limit: optional(z.coerce.number().int().min(1).max(MAX_LIMIT)),
});

export type QueryIssue = { param: string; message: string };

export function parseEnterpriseQuery(
  params: URLSearchParams,
): { ok: true; query: EnterpriseQuery } | { ok: false; issues: QueryIssue[] } {
  const input = Object.fromEntries(
    ["province", "batch", "industry", "q", "cursor", "limit"].map((k) => [k, params.get(k) ?? undefined]),
  );
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ param: String(i.path[0] ?? ""), message: i.message })),
    };
  const { limit, ...rest } = parsed.data;
  return { ok: true, query: { ...rest, limit: limit ?? DEFAULT_LIMIT } };
}

/** The URL query of some filters, for links that keep the reader's selection. */
export function filtersToSearch(filters: EnterpriseFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra }))
    if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
