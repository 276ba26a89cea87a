import { SIZE_STANDARD_2011 } from "./instruments";
import { clausesOf, resolveAt, series, v, type Series } from "./series";
import { weakest, type Param } from "./types";
import type { Confidence } from "../types";

// 《中小企业划型标准规定》(工信部联企业〔2011〕300号), article 4. The ceilings are the ones of
// criteria.md section 3 ("X以下", strict <; an SME is below EITHER ceiling). The medium and small
// lower bands ("X及以上", inclusive) were checked against copies of the text: `secondary`.

export const SIZE_INDUSTRIES = [
  "agriculture",
  "industry",
  "construction",
  "wholesale",
  "retail",
  "transport",
  "warehousing",
  "postal",
  "accommodation",
  "catering",
  "information-transmission",
  "software-it",
  "real-estate-development",
  "property-management",
  "leasing-business-services",
  "other",
] as const;
export type SizeIndustry = (typeof SIZE_INDUSTRIES)[number];

/**
 * Industries the 2011 standard does not cover (criteria.md section 3), each with why: railway
 * transport ("交通运输业（不含铁路运输业）"), 自有房地产经营 (K7040), finance (its own 2015 standard),
 * education, health (Q83-Q84), public administration (S) and international organisations (T).
 */
export const OUTSIDE_STANDARD = [
  "railway",
  "own-property",
  "finance",
  "education",
  "health",
  "public-administration",
  "international",
] as const;
export type OutsideStandard = (typeof OUTSIDE_STANDARD)[number];

/** Employees (persons), revenue of y1 (万元) and total assets (万元); absent = not used. */
export interface SizeLimits {
  employees?: number;
  revenue?: number;
  assets?: number;
}

export interface SizeStandardEntry {
  ceiling: Param<SizeLimits>;
  medium: Param<SizeLimits>;
  small: Param<SizeLimits>;
}

const CHECKED = "2026-11-21";
const RECHECKED = "2026-12-02";
const article4 = clausesOf(SIZE_STANDARD_2011, "第四条", "Article 4 ");

type EntrySeries = Record<keyof SizeStandardEntry, Series<SizeLimits>>;

function entry(
  item: string,
  zh: string,
  en: string,
  ceiling: SizeLimits,
  medium: SizeLimits,
  small: SizeLimits,
): EntrySeries {
  const at = article4(`（${item}）${zh}`, `(${item}), ${en}`);
  return {
    ceiling: series("limits", v(ceiling, at, "confirmed", CHECKED)),
    medium: series("limits", v(medium, at, "secondary", RECHECKED)),
    small: series("limits", v(small, at, "secondary", RECHECKED)),
  };
}

export const smeSizeStandardSeries: Record<SizeIndustry, EntrySeries> = {
  agriculture: entry("一", "农、林、牧、渔业", "agriculture", { revenue: 20000 }, { revenue: 500 }, { revenue: 50 }),
  industry: entry(
    "二",
    "工业",
    "industry",
    { employees: 1000, revenue: 40000 },
    { employees: 300, revenue: 2000 },
    { employees: 20, revenue: 300 },
  ),
  construction: entry(
    "三",
    "建筑业",
    "construction",
    { revenue: 80000, assets: 80000 },
    { revenue: 6000, assets: 5000 },
    { revenue: 300, assets: 300 },
  ),
  wholesale: entry(
    "四",
    "批发业",
    "wholesale",
    { employees: 200, revenue: 40000 },
    { employees: 20, revenue: 5000 },
    { employees: 5, revenue: 1000 },
  ),
  retail: entry(
    "五",
    "零售业",
    "retail",
    { employees: 300, revenue: 20000 },
    { employees: 50, revenue: 500 },
    { employees: 10, revenue: 100 },
  ),
  transport: entry(
    "六",
    "交通运输业",
    "transport",
    { employees: 1000, revenue: 30000 },
    { employees: 300, revenue: 3000 },
    { employees: 20, revenue: 200 },
  ),
  warehousing: entry(
    "七",
    "仓储业",
    "warehousing",
    { employees: 200, revenue: 30000 },
    { employees: 100, revenue: 1000 },
    { employees: 20, revenue: 100 },
  ),
  postal: entry(
    "八",
    "邮政业",
    "postal services",
    { employees: 1000, revenue: 30000 },
    { employees: 300, revenue: 2000 },
    { employees: 20, revenue: 100 },
  ),
  accommodation: entry(
    "九",
    "住宿业",
    "accommodation",
    { employees: 300, revenue: 10000 },
    { employees: 100, revenue: 2000 },
    { employees: 10, revenue: 100 },
  ),
  catering: entry(
    "十",
    "餐饮业",
    "catering",
    { employees: 300, revenue: 10000 },
    { employees: 100, revenue: 2000 },
    { employees: 10, revenue: 100 },
  ),
  "information-transmission": entry(
    "十一",
    "信息传输业",
    "information transmission",
    { employees: 2000, revenue: 100000 },
    { employees: 100, revenue: 1000 },
    { employees: 10, revenue: 100 },
  ),
  "software-it": entry(
    "十二",
    "软件和信息技术服务业",
    "software and IT services",
    { employees: 300, revenue: 10000 },
    { employees: 100, revenue: 1000 },
    { employees: 10, revenue: 50 },
  ),
  "real-estate-development": entry(
    "十三",
    "房地产开发经营",
    "real-estate development",
    { revenue: 200000, assets: 10000 },
    { revenue: 1000, assets: 5000 },
    { revenue: 100, assets: 2000 },
  ),
  "property-management": entry(
    "十四",
    "物业管理",
    "property management",
    { employees: 1000, revenue: 5000 },
    { employees: 300, revenue: 1000 },
    { employees: 100, revenue: 500 },
  ),
  "leasing-business-services": entry(
    "十五",
    "租赁和商务服务业",
    "leasing and business services",
    { employees: 300, assets: 120000 },
    { employees: 100, assets: 8000 },
    { employees: 10, assets: 100 },
  ),
  other: entry("十六", "其他未列明行业", "other industries", { employees: 300 }, { employees: 100 }, { employees: 10 }),
};

/** The standard as in force on a date (every rule set since 2011 uses it). */
export function smeSizeStandardAt(date: string): Record<SizeIndustry, SizeStandardEntry> {
  return resolveAt(smeSizeStandardSeries, date) as Record<SizeIndustry, SizeStandardEntry>;
}

/** How sure the medium / small / micro classes are: the weakest of the lower bands in force. */
export function sizeClassConfidence(date: string): Confidence {
  const standard = smeSizeStandardAt(date);
  return weakest(Object.values(standard).flatMap((e) => [e.medium.confidence, e.small.confidence]));
}
