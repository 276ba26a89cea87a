/** [code, 中文名称, English name]: one row of the GB/T 4754-2017 classification. */
export type IndustryRow = readonly [code: string, zh: string, en: string];
