import type { Locale } from "@/lib/i18n/locales";
// One table row → one firm, or every reason it cannot be one.
import { usccProblem } from "@/lib/criteria/uscc";
import { batchYear, checkBatchYear } from "../batches";
import { nameKeyOf, type EnterpriseInput } from "../types";
import { clean, parseBatch, parseIndustry, parseNumber, parseStatus, parseYear, type Parsed } from "./fields";
import type { Field, HeaderMap } from "./headers";
import { batchYearMessage, importMessage } from "./messages";
import { resolveRegion } from "./regions";

export type RowContext = {
  headers: HeaderMap;
  headerCells: readonly string[];
  batch?: number;
  year?: number;
  locale: Locale;
  /** Where the file came from, for where a missing batch is to be given. */
  from: "form" | "cli";
};

export type RowResult = { ok: true; value: EnterpriseInput } | { ok: false; reasons: string[] } | { ok: "skip" };

const NAME_MAX = 100;

export function validateRow(cells: readonly string[], ctx: RowContext): RowResult {
  const cell = (field: Field) => (ctx.headers[field] === undefined ? undefined : cells[ctx.headers[field]!]);
  const reasons: string[] = [];
  const say = (code: string, params: Record<string, string | number> = {}) =>
    reasons.push(importMessage(code, ctx.locale, params));
  const take = <T>(field: Field, parsed: Parsed<T>): T | null => {
    if (parsed.ok) return parsed.value;
    const column = ctx.headerCells[ctx.headers[field] ?? -1] ?? field;
    say(parsed.code, { value: clean(cell(field)), column: clean(column) });
    return null;
  };

  // Names keep their own full-width brackets; only the matching key is normalised.
  const name = (cell("name") ?? "").replace(/\s+/g, " ").trim();
  const provinceText = clean(cell("province"));
  // Blank lines, notes under the table ("注：…") and page headers repeated by PDF converters.
  if (name === "" && provinceText === "") return { ok: "skip" };
  if (clean(name) === clean(ctx.headerCells[ctx.headers.name!])) return { ok: "skip" };

  if (name === "") say("name");
  else if (name.length > NAME_MAX) say("name_long");
  const region = provinceText === "" ? null : resolveRegion(provinceText, cell("city"));
  if (provinceText === "") say("province_missing");
  else if (region === null) say("province", { value: provinceText });

  const usccText = clean(cell("uscc")).toUpperCase().replace(/\s+/g, "");
  if (usccText !== "" && usccProblem(usccText) !== null) say("uscc", { value: usccText });

  const batchCell = take("batch", parseBatch(cell("batch")));
  const batch = batchCell ?? ctx.batch ?? null;
  if (batch === null && clean(cell("batch")) === "") say(ctx.from === "cli" ? "batch_empty_cli" : "batch_empty");
  const yearCell = take("year", parseYear(cell("year")));
  const year = yearCell ?? ctx.year ?? (batch === null ? null : (batchYear(batch) ?? null));
  // The same check as the command line's and the forms': a batch has one year.
  const together = batch === null || year === null ? null : checkBatchYear({ batch, year });
  if (together && !together.ok) reasons.push(batchYearMessage(together.problem, ctx.locale));

  const value = {
    industryCode: take("industry", parseIndustry(cell("industry"))),
    status: take("status", parseStatus(cell("status"))),
    revenue: take("revenue", parseNumber(cell("revenue"), { min: 0 })),
    revenueGrowth: take("revenueGrowth", parseNumber(cell("revenueGrowth"))),
    rdIntensity: take("rdIntensity", parseNumber(cell("rdIntensity"), { min: 0 })),
    mainBusinessShare: take("mainBusinessShare", parseNumber(cell("mainBusinessShare"), { min: 0 })),
    classOneIp: take("classOneIp", parseNumber(cell("classOneIp"), { integer: true, min: 0 })),
  };
  if (reasons.length > 0 || region === null || batch === null || year === null) return { ok: false, reasons };
  const mainProduct = (cell("mainProduct") ?? "").replace(/\s+/g, " ").trim();
  return {
    ok: true,
    value: {
      name,
      nameKey: nameKeyOf(name),
      uscc: usccText === "" ? null : usccText,
      provinceCode: region.provinceCode,
      city: region.city,
      batch,
      year,
      mainProduct: mainProduct === "" ? null : mainProduct,
      ...value,
    },
  };
}
