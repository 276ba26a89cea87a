// Parsers for single cells. Each returns the value, null for an empty cell, or an error code.
import { industries, isKnownIndustryPrefix } from "@/lib/questionnaire/industries";
import { isBatch, isDesignationYear } from "../batches";
import type { EnterpriseStatus } from "../types";

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; code: string };

const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
const bad = <T>(code: string): Parsed<T> => ({ ok: false, code });

export const clean = (text: string | undefined) => (text ?? "").normalize("NFKC").replace(/\s+/g, " ").trim();

const NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };

/** "5", "第五批", "第5批", "五" → 5: one of the batches of the batch table. */
export function parseBatch(text: string | undefined): Parsed<number> {
  const value = clean(text).replace(/\s+/g, "").replace(/^第/, "").replace(/批.*$/, "");
  if (value === "") return ok(null);
  const n = NUMERALS[value] ?? (/^\d+$/.test(value) ? Number(value) : NaN);
  return isBatch(n) ? ok(n) : bad("batch");
}

export function parseYear(text: string | undefined): Parsed<number> {
  const value = clean(text).replace(/年$/, "");
  if (value === "") return ok(null);
  const n = /^\d{4}$/.test(value) ? Number(value) : NaN;
  return isDesignationYear(n) ? ok(n) : bad("year");
}

/** "1,234.5", "12.3%", "-4" → number; thousands separators and a percent sign are allowed. */
export function parseNumber(
  text: string | undefined,
  options: { integer?: boolean; min?: number } = {},
): Parsed<number> {
  const value = clean(text).replace(/,/g, "").replace(/%$/, "");
  if (value === "" || value === "-" || value === "/") return ok(null);
  if (!/^-?\d+(\.\d+)?$/.test(value)) return bad("number");
  const n = Number(value);
  if (options.integer && !Number.isInteger(n)) return bad("integer");
  if (options.min !== undefined && n < options.min) return bad("negative");
  return ok(n);
}

const STATUS: Readonly<Record<string, EnterpriseStatus>> = {
  有效: "active",
  active: "active",
  正常: "active",
  撤销: "revoked",
  已撤销: "revoked",
  取消: "revoked",
  revoked: "revoked",
  过期: "expired",
  到期: "expired",
  已过期: "expired",
  失效: "expired",
  expired: "expired",
};

export function parseStatus(text: string | undefined): Parsed<EnterpriseStatus> {
  const value = clean(text).toLowerCase();
  if (value === "") return ok(null);
  return STATUS[value] ? ok(STATUS[value]) : bad("status");
}

const zhNames = new Map(industries.map((item) => [item.zh.replace(/\s+/g, ""), item.code]));

/** The section letter of a two-digit division ("34" → "C"): divisions are unique across sections. */
function withSection(digits: string): string | null {
  const division = industries.find((item) => item.level === "division" && item.code.slice(1) === digits.slice(0, 2));
  return division ? `${division.code[0]}${digits}` : null;
}

/**
 * A GB/T 4754 code with its section letter. Lists write "C3484", "3484", "C34", or the name
 * ("通用设备制造业"), sometimes both ("C34 通用设备制造业"). A name we do not know (lists also use the
 * strategic-emerging sectors) gives null rather than an error; a malformed code is an error.
 */
export function parseIndustry(text: string | undefined): Parsed<string> {
  const value = clean(text).toUpperCase();
  if (value === "") return ok(null);
  if (/^[A-T]$/.test(value)) return ok(value);
  const code = /^([A-T]?)\s*(\d+)(?:\s|$)/.exec(value) ?? /\(([A-T]?)(\d+)\)$/.exec(value);
  if (code) {
    const [, letter = "", digits = ""] = code;
    const full = letter !== "" ? `${letter}${digits}` : withSection(digits);
    return full !== null && isKnownIndustryPrefix(full) ? ok(full) : bad("industry");
  }
  return ok(zhNames.get(value.replace(/\s+/g, "")) ?? null);
}
