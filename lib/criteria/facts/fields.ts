import { z } from "zod";
import { isProvinceCode } from "../provinces";
import { isStorableText } from "../text";
import { usccProblem } from "../uscc";
import type { ValidationCode } from "../messages";

// Leaf builders. Every issue message is a ValidationCode; parseFacts translates it. Every leaf is
// nullish: null or a missing key means "don't know".

const err = (code: ValidationCode) => ({ error: code });

// Far beyond any SME (1e10 万元 = 100 trillion yuan); keeps derived ratios finite.
const MONEY_LIMIT = 1e10;
const COUNT_LIMIT = 1e9;

const number = () => z.number(err("expected_number"));
const integer = () => number().int(err("integer_required"));

export const money = () => number().min(0, err("money_negative")).max(MONEY_LIMIT, err("number_too_large")).nullish();

export const signedMoney = () =>
  number().min(-MONEY_LIMIT, err("number_too_large")).max(MONEY_LIMIT, err("number_too_large")).nullish();

export const count = () => integer().min(0, err("count_negative")).max(COUNT_LIMIT, err("number_too_large")).nullish();

export const percent = () => number().min(0, err("percent_range")).max(100, err("percent_range")).nullish();

/** min..max (no upper bound but sanity when max is undefined), with the fact's own range message. */
export const ranged = (min: number, max: number | undefined, code: ValidationCode) =>
  number()
    .min(min, err(code))
    .max(max ?? COUNT_LIMIT, err(max === undefined ? "number_too_large" : code))
    .nullish();

export const rangedInt = (min: number, max: number | undefined, code: ValidationCode) =>
  integer()
    .min(min, err(code))
    .max(max ?? COUNT_LIMIT, err(max === undefined ? "number_too_large" : code))
    .nullish();

export const flag = () => z.boolean(err("expected_boolean")).nullish();

export const text = () =>
  z
    .string(err("expected_string"))
    .max(200, err("text_too_long"))
    .refine(isStorableText, err("text_unstorable"))
    .nullish();

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, err("invalid_option")).nullish();

export const choices = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values, err("invalid_option")), err("expected_array"))
    .refine((list) => new Set(list).size === list.length, err("duplicate_option"))
    .nullish();

export const uscc = () =>
  z
    .string(err("expected_string"))
    .refine((s) => usccProblem(s) !== "format", err("uscc_format"))
    .refine((s) => usccProblem(s) !== "check_digit", err("uscc_check_digit"))
    .nullish();

export const province = () =>
  z.string(err("expected_string")).refine(isProvinceCode, err("province_unknown")).nullish();

// GB/T 4754-2017: section letter, then division (2), group (3) or class (4) digits.
export const INDUSTRY_CODE_PATTERN = /^[A-T](\d{2}|\d{3}|\d{4})$/;
export const industryCode = () =>
  z.string(err("expected_string")).regex(INDUSTRY_CODE_PATTERN, err("industry_code_format")).nullish();

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

export const isoDate = () => z.string(err("expected_string")).refine(isIsoDate, err("invalid_date")).nullish();
