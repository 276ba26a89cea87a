import type { Locale } from "@/lib/i18n/locales";
import {
  FIRST_BATCH,
  FIRST_DESIGNATION_YEAR,
  LAST_BATCH,
  LAST_DESIGNATION_YEAR,
  type BatchYearProblem,
} from "../batches";
// Import errors in the admin's language (Chinese by default, as the CLI prints them). The codes
// are stable; the messages name the column and the value so the row can be fixed in the file.

type Params = Record<string, string | number>;

const MESSAGES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  empty_file: { "zh-CN": "文件为空", en: "The file is empty" },
  xls: {
    "zh-CN": "不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV",
    en: "Old .xls files are not supported: save as .xlsx or CSV",
  },
  encoding_mixed: {
    "zh-CN": "第 {line} 行的编码与文件其他行不同（文件混用了 UTF-8 和 GBK），未导入：请把整个文件另存为同一种编码",
    en: "Line {line} is in another encoding than the rest of the file (UTF-8 and GBK mixed); nothing was imported: save the whole file in one encoding",
  },
  encoding_invalid: {
    "zh-CN": "第 {line} 行既不是有效的 UTF-8，也不是有效的 GBK/GB18030，未导入：请检查文件编码",
    en: "Line {line} is neither valid UTF-8 nor valid GBK/GB18030; nothing was imported: check the file's encoding",
  },
  too_many_rows: {
    "zh-CN": "文件超过 {limit} 行，未导入：请按批次或省份拆分后上传",
    en: "The file has more than {limit} rows; nothing was imported: split it by batch or province",
  },
  xlsx_too_large: {
    "zh-CN": "XLSX 文件解压后超过 {limit} MB，未导入：请删除多余的工作表或另存为 CSV",
    en: "The XLSX file expands to more than {limit} MB; nothing was imported: remove other sheets or save it as CSV",
  },
  xlsx_malformed: {
    "zh-CN": "XLSX 文件已损坏或结构异常，未导入：请用 Excel 或 WPS 重新保存",
    en: "The XLSX file is damaged or malformed; nothing was imported: save it again from Excel or WPS",
  },
  unreadable: { "zh-CN": "无法读取文件：{detail}", en: "The file cannot be read: {detail}" },
  no_header: {
    "zh-CN": "未找到表头：需要“企业名称”和“省份（或地区）”列",
    en: "No header row found: a list needs a company name column and a province (or region) column",
  },
  no_rows: { "zh-CN": "表头之下没有企业", en: "There are no firms below the header" },
  name: { "zh-CN": "缺少企业名称", en: "The company name is missing" },
  name_long: { "zh-CN": "企业名称过长（最多 100 字）", en: "The company name is too long (100 characters at most)" },
  province_missing: { "zh-CN": "缺少省份", en: "The province is missing" },
  province: { "zh-CN": "无法识别的省份“{value}”", en: 'Unknown province "{value}"' },
  uscc: { "zh-CN": "统一社会信用代码“{value}”无效", en: 'Invalid unified social credit code "{value}"' },
  batch: {
    "zh-CN": `批次“{value}”无效：应为 ${FIRST_BATCH} 至 ${LAST_BATCH} 的整数`,
    en: `Invalid batch "{value}": a whole number from ${FIRST_BATCH} to ${LAST_BATCH}`,
  },
  // Where the batch is given depends on where the file came from: the upload form's field, or
  // the command line's flag (ParseOptions.from).
  batch_missing: {
    "zh-CN": "缺少批次：文件中没有“批次”列，请在“批次”一栏填写整份名单的批次（例如第五批填 5）",
    en: "The batch is missing: the file has no batch column; give the list's batch in the Batch field (e.g. 5 for the fifth)",
  },
  batch_missing_cli: {
    "zh-CN": "缺少批次：文件中没有批次列，请用 --batch 指定整份名单的批次",
    en: "The batch is missing: the file has no batch column; give the list's batch with --batch",
  },
  batch_empty: {
    "zh-CN": "批次为空：请在文件中填写此行的批次，或在“批次”一栏填写整份名单的批次",
    en: "The batch is empty: fill in this row's batch in the file, or give the list's batch in the Batch field",
  },
  batch_empty_cli: {
    "zh-CN": "批次为空：请在文件中填写此行的批次，或用 --batch 指定整份名单的批次",
    en: "The batch is empty: fill in this row's batch in the file, or give the list's batch with --batch",
  },
  year: {
    "zh-CN": `年份“{value}”无效：应为 ${FIRST_DESIGNATION_YEAR} 至 ${LAST_DESIGNATION_YEAR} 年`,
    en: `Invalid year "{value}": a year from ${FIRST_DESIGNATION_YEAR} to ${LAST_DESIGNATION_YEAR}`,
  },
  batch_year_both: {
    "zh-CN": "批次和年份须同时填写（两项都留空则取消认定标记）",
    en: "Give both the batch and the year (leave both empty to clear the mark)",
  },
  year_of_batch: {
    "zh-CN": "年份“{value}”与批次不符：第 {batch} 批是 {expected} 年",
    en: 'The year "{value}" does not match the batch: batch {batch} was in {expected}',
  },
  industry: {
    "zh-CN": "行业代码“{value}”不是国民经济行业分类（GB/T 4754）的代码",
    en: '"{value}" is not a GB/T 4754 industry code',
  },
  status: {
    "zh-CN": "状态“{value}”无效（有效、撤销或过期）",
    en: 'Invalid status "{value}" (active, revoked or expired)',
  },
  number: { "zh-CN": "“{column}”的值“{value}”不是数字", en: '{column}: "{value}" is not a number' },
  integer: { "zh-CN": "“{column}”的值“{value}”应为整数", en: '{column}: "{value}" must be a whole number' },
  negative: { "zh-CN": "“{column}”的值“{value}”不能为负数", en: '{column}: "{value}" cannot be negative' },
  duplicate: { "zh-CN": "与第 {line} 行是同一家企业", en: "The same firm as line {line}" },
  conflict: {
    "zh-CN": "同省已有同名企业，但统一社会信用代码不同",
    en: "A firm of this name in this province already exists with another credit code",
  },
  database: {
    "zh-CN": "写入数据库失败，未导入任何行（错误编号 {id}）",
    en: "Writing to the database failed; nothing was imported (error id {id})",
  },
};

export function importMessage(code: string, locale: Locale, params: Params = {}): string {
  const template = MESSAGES[code]?.[locale] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ""));
}

/** The reason a batch or year was refused (batches.ts checkBatchYear), never empty. */
export function batchYearMessage(problem: BatchYearProblem, locale: Locale): string {
  return importMessage(problem.code, locale, problem);
}
