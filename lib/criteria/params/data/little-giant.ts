import { basis, repeal, series, v } from "../series";
import { c22, CHECKED, end18, end22, end26, lg18, lg20, lg22, lg26, r18, RECHECKED, s18, s20, s26 } from "./little-giant-clauses";

// 专精特新"小巨人"企业: 工信厅企业函〔2018〕381号 (batch 1; `secondary` where reports of the notice
// quote it, else `recall`), the notices of batches 2 and 3 (2020, 2021; `secondary`), 工信部企业〔2022〕63号
// attachment 3, 工信部企业〔2026〕2号 attachment 2 (`secondary`), with the 2026 annual notice's
// application rules. The innovation and field conditions are in little-giant-innovation.ts.

const S = "secondary";

export const littleGiantSeries = {
  basic: basis(r18(lg18.basic), s20(lg20.basic), c22(lg22.basic), s26(lg26.basic)),
  "lg.prior-title": { basis: basis(r18(lg18.basic), s20(lg20.basic), c22(lg22.basic), s26(lg26.title)) },
  "lg.operating-years": {
    basis: basis(r18(lg18.basic), s20(lg20.basic), end22),
    minYears: series("年", v(3, lg18.basic, "recall", CHECKED), v(3, lg20.basic, S, RECHECKED)),
  },
  "lg.niche-years": {
    basis: basis(r18(lg18.spec), s20(lg20.spec), c22(lg22.spec, S), s26(lg26.niche)),
    minYears: series(
      "年",
      v(3, lg18.spec, "recall", CHECKED),
      v(3, lg20.spec, S, RECHECKED),
      v(3, lg22.spec, S, RECHECKED),
      v(3, lg26.niche, S, CHECKED),
    ),
  },
  // "上年度企业营业收入在1亿元至4亿元之间": batch 1 only; the 2020 notice dropped the window.
  "lg.revenue-window": {
    basis: basis(s18(lg18.econ), end18),
    minRevenue: series("万元", v(10000, lg18.econ, S, RECHECKED), repeal(lg20.econ, RECHECKED)),
    maxRevenue: series("万元", v(40000, lg18.econ, S, RECHECKED), repeal(lg20.econ, RECHECKED)),
  },
  "lg.revenue": { basis: basis(s26(lg26.revenue)), minRevenue: series("万元", v(5000, lg26.revenue, S, CHECKED)) },
  "lg.main-business-share": {
    basis: basis(r18(lg18.spec), s20(lg20.spec), c22(lg22.spec), s26(lg26.share)),
    minShare: series(
      "%",
      v(70, lg18.spec, "recall", CHECKED),
      v(70, lg20.spec, S, RECHECKED),
      v(70, lg22.spec, "confirmed", CHECKED),
      v(90, lg26.share, S, CHECKED),
    ),
  },
  "lg.growth": {
    basis: basis(s18(lg18.econ), s20(lg20.econ), c22(lg22.spec, S), s26(lg26.growth)),
    minGrowth: series(
      "%",
      v(10, lg18.econ, S, RECHECKED),
      v(5, lg20.econ, S, RECHECKED),
      v(5, lg22.spec, S, RECHECKED),
      repeal(lg26.growth, CHECKED),
    ),
    minCagr: series("%", v(5, lg26.growth, S, CHECKED)),
  },
  "lg.debt-ratio": {
    basis: basis(r18(lg18.econ), s20(lg20.econ), c22(lg22.refine, S), s26(lg26.debt)),
    maxRatio: series(
      "%",
      v(70, lg18.econ, "recall", CHECKED),
      v(70, lg20.econ, S, RECHECKED),
      v(70, lg22.refine, S, RECHECKED),
      v(75, lg26.debt, S, CHECKED),
    ),
  },
  // 2018 and 2020: "主导产品在细分市场占有率位于全省前3位"; 2022: a national share of 10 % or more.
  "lg.market-share": {
    basis: basis(s18(lg18.spec), s20(lg20.spec), c22(lg22.feature, S), end26),
    maxProvincialRank: series("位", v(3, lg18.spec, S, RECHECKED), v(3, lg20.spec, S, RECHECKED), end22),
    minShare: series("%", v(10, lg22.feature, S, RECHECKED), end26),
  },
  "lg.market-position": {
    basis: basis(s26(lg26.market)),
    minShareDomestic: series("%", v(10, lg26.market, S, CHECKED)),
    minShareInternational: series("%", v(10, lg26.market, S, CHECKED)),
    maxRank: series("位", v(3, lg26.market, S, CHECKED)),
  },
  "lg.info-system": { basis: basis(r18(lg18.mgmt), s20(lg20.mgmt), c22(lg22.refine), end26) },
  // 2018 and 2020 also take products made to a published standard (management.productsToStandard).
  "lg.certification": { basis: basis(r18(lg18.mgmt), s20(lg20.mgmt), c22(lg22.refine), end26) },
  "lg.brand": { basis: basis(r18(lg18.mgmt), s20(lg20.mgmt), c22(lg22.brand, S), end26) },
  "lg.development-score": {
    basis: basis(s26(lg26.dev)),
    minScore: series("分", v(60, lg26.dev, S, CHECKED)),
  },
  "lg.exclusions": { basis: basis(s26(lg26.exclusions)) },
};
