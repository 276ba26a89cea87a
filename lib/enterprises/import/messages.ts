import type { Locale } from "@/lib/i18n/locales";
import { FIRST_BATCH, FIRST_DESIGNATION_YEAR, LAST_BATCH, LAST_DESIGNATION_YEAR } from "../batches";
// Import errors in the admin's language (Chinese by default, as the CLI prints them). The codes
// are stable; the messages name the column and the value so the row can be fixed in the file.

type Params = Record<string, string | number>;

const MESSAGES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  empty_file: { "zh-CN": "文件为空", en: "The file is empty" },
  xls: {
    "zh-CN": "不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV",
    en: "Old .xls files are not supported: save as .xlsx or CSV",
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
    "zh-CN": `批次“{value}”无效（应为 ${FIRST_BATCH} 至 ${LAST_BATCH}）`,
    en: `Invalid batch "{value}" (${FIRST_BATCH} to ${LAST_BATCH})`,
  },
  batch_missing: {
    "zh-CN": "缺少批次：文件中没有批次列，请用 --batch 指定",
    en: "The batch is missing: the file has no batch column, give --batch",
  },
  year: {
    "zh-CN": `年份“{value}”无效（应为 ${FIRST_DESIGNATION_YEAR} 至 ${LAST_DESIGNATION_YEAR}）`,
    en: `Invalid year "{value}" (${FIRST_DESIGNATION_YEAR} to ${LAST_DESIGNATION_YEAR})`,
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
