// The national batches of 专精特新"小巨人" enterprises as MIIT published them. Counts are the figures
// announced for public objection (公示) and the final list after objections or review; a dash where
// nothing final was published. Kept as data so a maintainer corrects a number in one place.
import type { LocalText } from "@/lib/criteria/types";

export type BatchFact = {
  batch: number;
  year: number;
  announced: number | null;
  final: number | null;
  note: LocalText | null;
  source: LocalText;
};

const MIIT = { "zh-CN": "工业和信息化部", en: "MIIT" } as const;
const list = (n: string, nEn: string, extra = "", extraEn = ""): LocalText => ({
  "zh-CN": `${MIIT["zh-CN"]}公示及公布的第${n}批专精特新“小巨人”企业名单${extra}`,
  en: `${MIIT.en}: the ${nEn} batch of Little Giant enterprises, as announced and as published${extraEn}`,
});

export const BATCHES: readonly BatchFact[] = [
  {
    batch: 1,
    year: 2019,
    announced: 248,
    final: 248,
    note: { "zh-CN": "依据工信厅企业函〔2018〕381号开展培育", en: "Cultivated under 工信厅企业函〔2018〕381号" },
    source: list("一", "first"),
  },
  {
    batch: 2,
    year: 2020,
    announced: 1744,
    final: 1584,
    note: {
      "zh-CN": "公示数为第二批中的第二次公示；工业和信息化部称前两批共 1,832 家",
      en: "The announced figure is the second round of batch 2; MIIT gives 1,832 for batches 1 and 2 together",
    },
    source: list("二", "second"),
  },
  {
    batch: 3,
    year: 2021,
    announced: 2930,
    final: 2930,
    note: { "zh-CN": "截至 2021 年 11 月共 4,762 家", en: "4,762 in all by November 2021" },
    source: list("三", "third"),
  },
  { batch: 4, year: 2022, announced: 4357, final: 4328, note: null, source: list("四", "fourth") },
  { batch: 5, year: 2023, announced: 3671, final: 3654, note: null, source: list("五", "fifth") },
  {
    batch: 6,
    year: 2024,
    announced: 3012,
    final: null,
    note: { "zh-CN": "截至 2024 年 12 月共约 14,600 家", en: "About 14,600 in all by December 2024" },
    source: list("六", "sixth"),
  },
  {
    batch: 7,
    year: 2025,
    announced: 3482,
    final: null,
    note: { "zh-CN": "截至 2025 年底共约 17,600 家", en: "About 17,600 in all by the end of 2025" },
    source: list("七", "seventh"),
  },
  {
    batch: 8,
    year: 2026,
    announced: null,
    final: null,
    note: { "zh-CN": "2026 年 4 至 5 月申报", en: "Applications in April and May 2026" },
    source: { "zh-CN": "工信厅企业函〔2026〕117号", en: "工信厅企业函〔2026〕117号 (MIIT notice)" },
  },
];

export const BATCH_NUMBERS = BATCHES.map((b) => b.batch);

export function batchYear(batch: number): number | undefined {
  return BATCHES.find((b) => b.batch === batch)?.year;
}

/** The batches MIIT has announced: a batch number outside them is a typo, not a batch. */
export const FIRST_BATCH = BATCHES[0]!.batch;
export const LAST_BATCH = BATCHES.at(-1)!.batch;
/** Designations run from the first batch's year to the latest batch's. */
export const FIRST_DESIGNATION_YEAR = BATCHES[0]!.year;
export const LAST_DESIGNATION_YEAR = BATCHES.at(-1)!.year;

export const isBatch = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= FIRST_BATCH && (n as number) <= LAST_BATCH;

export const isDesignationYear = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= FIRST_DESIGNATION_YEAR && (n as number) <= LAST_DESIGNATION_YEAR;

/** A batch or year as typed in a form or on a command line: digits only ("1e1", "10.0" and " 10" are not a batch). */
export function wholeNumber(text: unknown): number | null {
  if (typeof text === "number") return Number.isSafeInteger(text) && text >= 0 ? text : null;
  const s = String(text ?? "");
  return /^[0-9]{1,4}$/.test(s) ? Number(s) : null;
}

export type BatchYearProblem =
  | { field: "batch"; code: "batch"; value: string }
  | { field: "year"; code: "year"; value: string }
  | { field: "year"; code: "year_of_batch"; value: string; batch: number; expected: number }
  /** `both`: one of the two given without the other. */
  | { field: "batch" | "year"; code: "batch_year_both"; value: string };

export type BatchYear =
  { ok: true; batch: number | undefined; year: number | undefined } | { ok: false; problem: BatchYearProblem };

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * The one check of a batch and a year, for the CLI's --batch/--year, the upload's fields, each
 * row of a list and the designation form. Either may be absent (blank); given, the batch is a
 * batch of the table above and the year a year of the table, and when both are given the year is
 * that batch's year (the table has one year per batch). Only plain digits are numbers. With
 * `both`, the two go together: both given, or both blank.
 */
export function checkBatchYear(
  input: { batch?: unknown; year?: unknown },
  options: { both?: boolean } = {},
): BatchYear {
  const batch = blank(input.batch) ? undefined : wholeNumber(input.batch);
  const year = blank(input.year) ? undefined : wholeNumber(input.year);
  if (options.both && blank(input.batch) !== blank(input.year)) {
    const field = blank(input.batch) ? "batch" : "year";
    return { ok: false, problem: { field, code: "batch_year_both", value: "" } };
  }
  if (batch === null || (batch !== undefined && !isBatch(batch)))
    return { ok: false, problem: { field: "batch", code: "batch", value: String(input.batch) } };
  if (year === null || (year !== undefined && !isDesignationYear(year)))
    return { ok: false, problem: { field: "year", code: "year", value: String(input.year) } };
  const expected = batch === undefined ? undefined : batchYear(batch);
  if (year !== undefined && expected !== undefined && year !== expected)
    return {
      ok: false,
      problem: { field: "year", code: "year_of_batch", value: String(year), batch: batch!, expected },
    };
  return { ok: true, batch, year };
}
