// The header names MIIT and the provinces use, in their usual variants. A header is matched after
// NFKC (full-width brackets become ASCII), without spaces, and then without a bracketed unit.

export const FIELDS = [
  "seq",
  "province",
  "city",
  "name",
  "uscc",
  "industry",
  "mainProduct",
  "batch",
  "year",
  "status",
  "revenue",
  "revenueGrowth",
  "rdIntensity",
  "mainBusinessShare",
  "classOneIp",
] as const;

export type Field = (typeof FIELDS)[number];

const ALIASES: Readonly<Record<Field, readonly string[]>> = {
  seq: ["序号", "编号", "no", "no.", "#"],
  province: [
    "省份",
    "省(区、市)",
    "省(自治区、直辖市)",
    "省区市",
    "省",
    "地区",
    "所在地区",
    "所属地区",
    "省市",
    "所在省份",
    "省别",
    "province",
  ],
  city: ["地市", "城市", "所在城市", "所属地市", "地级市", "市", "市州", "city"],
  name: ["企业名称", "企业", "公司名称", "单位名称", "名称", "name", "enterprise", "company"],
  uscc: ["统一社会信用代码", "社会信用代码", "信用代码", "uscc"],
  industry: [
    "所属行业",
    "行业",
    "行业代码",
    "所属行业代码",
    "国民经济行业",
    "行业分类",
    "国民经济行业分类",
    "industry",
  ],
  mainProduct: ["主导产品", "主营产品", "主要产品", "主导产品名称", "mainproduct", "product"],
  batch: ["批次", "认定批次", "batch"],
  year: ["年份", "认定年份", "年度", "认定年度", "year"],
  status: ["状态", "有效状态", "status"],
  revenue: ["营业收入", "上年度营业收入", "revenue"],
  revenueGrowth: ["营业收入增长率", "营收增长率", "revenuegrowth"],
  rdIntensity: ["研发投入强度", "研发强度", "研发费用占比", "研发费用占营业收入比重", "rdintensity"],
  mainBusinessShare: ["主营业务收入占比", "主营业务占比", "主营业务收入占营业收入比重", "mainbusinessshare"],
  classOneIp: ["一类知识产权", "一类知识产权数量", "i类知识产权", "ⅰ类知识产权", "classoneip"],
};

const normalise = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
const withoutUnit = (text: string) => text.replace(/\([^)]*\)$/, "");

const lookup = new Map<string, Field>(
  FIELDS.flatMap((field) => ALIASES[field].map((alias) => [normalise(alias), field] as const)),
);

export function headerField(header: string): Field | undefined {
  const key = normalise(header);
  return lookup.get(key) ?? lookup.get(withoutUnit(key));
}

export type HeaderMap = Partial<Record<Field, number>>;

/** Column index of each recognised field; the first column wins when two share a meaning. */
export function mapHeaders(cells: readonly string[]): HeaderMap {
  const map: HeaderMap = {};
  cells.forEach((cell, index) => {
    const field = headerField(cell);
    if (field !== undefined && map[field] === undefined) map[field] = index;
  });
  return map;
}

/** A header row names at least the firm and where it is; lists often start with a title row. */
export const isHeaderRow = (map: HeaderMap) => map.name !== undefined && map.province !== undefined;
