import type { Locale } from "./types";

// Validation messages, keyed by the stable code the facts schema puts in each zod issue's message.
// Phrased as an instruction the user can act on.

export const VALIDATION_CODES = [
  "expected_number",
  "expected_boolean",
  "expected_string",
  "expected_object",
  "expected_array",
  "integer_required",
  "money_negative",
  "number_too_large",
  "count_negative",
  "percent_range",
  "rank_min",
  "score_range",
  "provincial_local_range",
  "digital_level_range",
  "year_range",
  "invalid_option",
  "duplicate_option",
  "invalid_date",
  "founded_after_assessment_year",
  "text_too_long",
  "text_unstorable",
  "uscc_format",
  "uscc_check_digit",
  "province_unknown",
  "industry_code_format",
  "main_revenue_exceeds_revenue",
  "rd_staff_exceeds_employees",
  "liabilities_need_assets",
  "assets_zero_with_liabilities",
  "unknown_field",
  "invalid_value",
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

export const validationMessages: Record<Locale, Record<ValidationCode, string>> = {
  "zh-CN": {
    expected_number: "请输入数字",
    expected_boolean: "请选择“是”或“否”",
    expected_string: "请输入文字",
    expected_object: "此项应为一组字段（JSON 对象）",
    expected_array: "请以列表形式选择零个或多个选项",
    integer_required: "请输入整数",
    money_negative: "金额不能为负数，请输入不小于 0 的数（单位：万元）",
    number_too_large: "数值过大，请核对单位（金额以万元计）",
    count_negative: "请输入不小于 0 的整数",
    percent_range: "请输入 0 到 100 之间的百分比",
    rank_min: "排名请填写 {min} 或更大的整数",
    score_range: "请输入 {min} 到 {max} 之间的得分",
    provincial_local_range: "请输入 {min} 到 {max} 之间的地方特色指标得分",
    digital_level_range: "请输入 {min} 到 {max} 之间的数字化水平等级",
    year_range: "请输入 {min} 到 {max} 之间的评价年度",
    invalid_option: "请从列出的选项中选择",
    duplicate_option: "每个选项只能选择一次",
    invalid_date: "请输入有效日期，格式为 YYYY-MM-DD",
    founded_after_assessment_year: "成立日期晚于评价年度，请核对成立日期和评价年度",
    text_too_long: "内容过长，请不超过 200 个字符",
    text_unstorable: "内容含有无法保存的字符（如控制字符），请删除后重新输入",
    uscc_format: "统一社会信用代码应为 18 位，仅含数字和大写字母（不含 I、O、S、V、Z）",
    uscc_check_digit: "统一社会信用代码校验位不正确，请核对营业执照后重新输入",
    province_unknown: "请选择有效的省级行政区划代码（如 44）",
    industry_code_format: "请输入国民经济行业代码：1 个大写字母加 2 至 4 位数字，如 C3484",
    main_revenue_exceeds_revenue: "主营业务收入不能高于营业收入",
    rd_staff_exceeds_employees: "研发人员数不能多于从业人员数",
    liabilities_need_assets: "填写了负债总额时，请同时填写资产总额",
    assets_zero_with_liabilities: "有负债时，资产总额须大于 0",
    unknown_field: "没有这一项：请删除它，或核对字段名的拼写",
    invalid_value: "请检查此项的填写",
  },
  en: {
    expected_number: "Enter a number",
    expected_boolean: "Choose yes or no",
    expected_string: "Enter text",
    expected_object: "This must be a group of fields (a JSON object)",
    expected_array: "Choose zero or more options, as a list",
    integer_required: "Enter a whole number",
    money_negative: "Enter an amount of 0 or more (in 万元)",
    number_too_large: "This number is too large; check the unit (amounts are in 万元)",
    count_negative: "Enter a whole number of 0 or more",
    percent_range: "Enter a percentage from 0 to 100",
    rank_min: "Enter a rank of {min} or more",
    score_range: "Enter a score from {min} to {max}",
    provincial_local_range: "Enter a provincial distinctiveness score from {min} to {max}",
    digital_level_range: "Enter a digitalisation level from {min} to {max}",
    year_range: "Enter an assessment year from {min} to {max}",
    invalid_option: "Choose one of the listed options",
    duplicate_option: "Choose each option only once",
    invalid_date: "Enter a valid date as YYYY-MM-DD",
    founded_after_assessment_year: "The founding date is after the assessment year: check the date and the year",
    text_too_long: "Enter at most 200 characters",
    text_unstorable: "This text contains a character that cannot be stored (such as a control character); remove it",
    uscc_format:
      "Enter the 18-character unified social credit code using digits and capital letters (no I, O, S, V or Z)",
    uscc_check_digit:
      "The unified social credit code's check character is wrong; copy it again from the business licence",
    province_unknown: "Choose a valid province code (e.g. 44)",
    industry_code_format: "Enter the industry code as a capital letter and 2 to 4 digits, e.g. C3484",
    main_revenue_exceeds_revenue: "Main business revenue cannot exceed total revenue",
    rd_staff_exceeds_employees: "R&D staff cannot exceed the number of employees",
    liabilities_need_assets: "Enter total assets when you enter total liabilities",
    assets_zero_with_liabilities: "Total assets must be above 0 when there are liabilities",
    unknown_field: "There is no such field: remove it or check its spelling",
    invalid_value: "Check this answer",
  },
};

export function isValidationCode(code: string): code is ValidationCode {
  return Object.prototype.hasOwnProperty.call(validationMessages.en, code);
}

/** The message of a code; a range's bounds come from its fact (`{min}`, `{max}`). */
export function validationMessage(code: string, locale: Locale, bounds: { min?: number; max?: number } = {}): string {
  const key: ValidationCode = isValidationCode(code) ? code : "invalid_value";
  return validationMessages[locale][key].replace(/\{(min|max)\}/g, (whole, k: "min" | "max") =>
    bounds[k] === undefined ? whole : String(bounds[k]),
  );
}
