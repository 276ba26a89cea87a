import { basis, repeal, series, v } from "../series";
import { c22, CHECKED, end22, end26, lg18, lg22, lg26, r18, s26 } from "./little-giant-clauses";

// 专精特新"小巨人"企业: 工信厅企业函〔2018〕381号 (batches 1-3, `recall`), 工信部企业〔2022〕63号
// attachment 3, 工信部企业〔2026〕2号 attachment 2 (`secondary`), with the 2026 annual notice's
// application rules. The innovation and field conditions are in little-giant-innovation.ts.

export const littleGiantSeries = {
  basic: basis(r18(lg18.basic), c22(lg22.basic), s26(lg26.basic)),
  "lg.prior-title": { basis: basis(r18(lg18.basic), c22(lg22.basic), s26(lg26.title)) },
  "lg.operating-years": {
    basis: basis(r18(lg18.basic), end22),
    minYears: series("年", v(3, lg18.basic, "recall", CHECKED)),
  },
  "lg.niche-years": {
    basis: basis(r18(lg18.spec), c22(lg22.spec), s26(lg26.niche)),
    minYears: series(
      "年",
      v(3, lg18.spec, "recall", CHECKED),
      v(3, lg22.spec, "recall", CHECKED),
      v(3, lg26.niche, "secondary", CHECKED),
    ),
  },
  "lg.revenue": { basis: basis(s26(lg26.revenue)), minRevenue: series("万元", v(5000, lg26.revenue, "secondary", CHECKED)) },
  "lg.main-business-share": {
    basis: basis(r18(lg18.spec), c22(lg22.spec), s26(lg26.share)),
    minShare: series(
      "%",
      v(70, lg18.spec, "recall", CHECKED),
      v(70, lg22.spec, "confirmed", CHECKED),
      v(90, lg26.share, "secondary", CHECKED),
    ),
  },
  "lg.growth": {
    basis: basis(r18(lg18.econ), c22(lg22.spec), s26(lg26.growth)),
    minGrowth: series(
      "%",
      v(10, lg18.econ, "recall", CHECKED),
      v(5, lg22.spec, "recall", CHECKED),
      repeal(lg26.growth, CHECKED),
    ),
    minCagr: series("%", v(5, lg26.growth, "secondary", CHECKED)),
  },
  "lg.debt-ratio": {
    basis: basis(r18(lg18.econ), c22(lg22.refine), s26(lg26.debt)),
    maxRatio: series(
      "%",
      v(70, lg18.econ, "recall", CHECKED),
      v(70, lg22.refine, "recall", CHECKED),
      v(75, lg26.debt, "secondary", CHECKED),
    ),
  },
  "lg.market-share": {
    basis: basis(r18(lg18.spec), c22(lg22.feature), end26),
    minShare: series("%", v(10, lg18.spec, "recall", CHECKED), v(10, lg22.feature, "recall", CHECKED)),
  },
  "lg.market-position": {
    basis: basis(s26(lg26.market)),
    minShareDomestic: series("%", v(10, lg26.market, "secondary", CHECKED)),
    minShareInternational: series("%", v(10, lg26.market, "secondary", CHECKED)),
    maxRank: series("位", v(3, lg26.market, "secondary", CHECKED)),
  },
  "lg.info-system": { basis: basis(r18(lg18.mgmt), c22(lg22.refine), end26) },
  "lg.certification": { basis: basis(r18(lg18.mgmt), c22(lg22.refine), end26) },
  "lg.brand": { basis: basis(r18(lg18.mgmt), c22(lg22.brand, "recall"), end26) },
  "lg.development-score": {
    basis: basis(s26(lg26.dev)),
    minScore: series("分", v(60, lg26.dev, "secondary", CHECKED)),
  },
  "lg.exclusions": { basis: basis(s26(lg26.exclusions)) },
};
