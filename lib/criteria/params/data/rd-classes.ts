import { series, v } from "../series";
import { CHECKED, lg20, lg22, RECHECKED } from "./little-giant-clauses";

// The Little Giant's R&D condition by revenue class (the 2020 notice's 分类条件; 63号 attachment 3
// 创新能力指标): revenue.y1 >= 1亿 → intensity >= 3 %; 5000万 to < 1亿 → >= 6 %; below 5000万 →
// equity financing, R&D total and R&D staff share. Read by lg.classified and lg.innovation, and by
// the questionnaire, which asks equity financing below the lower revenue bound.

const both = (unit: "万元" | "%", y20: number, y22: number) =>
  series(unit, v(y20, lg20.classified, "secondary", RECHECKED), v(y22, lg22.innov, "confirmed", CHECKED));

export const rdClassesSeries = {
  revenueUpper: both("万元", 10000, 10000),
  revenueLower: both("万元", 5000, 5000),
  intensityUpper: both("%", 3, 3),
  intensityMiddle: both("%", 6, 6),
  smallEquityFinancing2y: both("万元", 8000, 8000),
  smallRdTotal: both("万元", 3000, 3000),
  smallRdStaffShare: both("%", 50, 50),
};
