import type { RdInstitution, ScienceAward } from "../../facts/enums";
import { MEASURES_2022_A1, MEASURES_2026 } from "../instruments";
import { basis, clause, clausesOf, series, v } from "../series";
import { bands, rungs } from "../bands";
import type { Bands } from "../types";

// 创新型中小企业评价标准: 工信部企业〔2022〕63号 attachment 1; the base tier of miit-2026 too,
// until a merged standard is published (criteria.md).

const CHECKED = "2026-11-21";
/** The point tables, read again in seven copies of the text (criteria.md section 6). */
const RECHECKED = "2026-12-02";
const a1 = clausesOf(MEASURES_2022_A1, "附件1 ", "Attachment 1, ");

const basic = a1("基本条件", "basic conditions");
const direct = a1("直接认定条件", "direct recognition");
const scoring = a1("评价指标", "scoring indicators");
const techSme = clausesOf(MEASURES_2026, "", "")(
  "科技和创新型中小企业（含科技型中小企业）",
  "technology-based and innovative SMEs (科技型中小企业 included)",
);

export const innovativeSmeSeries = {
  basic: basis(clause(basic, "confirmed", CHECKED)),
  "ism.direct": {
    // Re-read for the honours it lists beside 高新技术企业 (titles.otherInnovationHonour).
    basis: basis(clause(direct, "confirmed", RECHECKED)),
    awards: series<readonly ScienceAward[]>(
      "set",
      v(["provincial", "provincial-top3", "national", "national-top3"], direct, "confirmed", CHECKED),
    ),
    institutions: series<readonly RdInstitution[]>("set", v(["provincial", "national"], direct, "confirmed", CHECKED)),
    minEquityFinancing3y: series("万元", v(500, direct, "confirmed", CHECKED)),
  },
  // The 2026 measures fold 科技型中小企业 into the base tier (`secondary`): a third alternative.
  "ism.tech-sme": { basis: basis(clause(techSme, "secondary", RECHECKED)) },
  "ism.score": {
    basis: basis(clause(scoring, "confirmed", CHECKED)),
    passMark: series("分", v(60, scoring, "confirmed", CHECKED)),
    minInnovation: series("分", v(20, scoring, "confirmed", CHECKED)),
    minGrowth: series("分", v(15, scoring, "confirmed", CHECKED)),
    minSpecialisation: series("分", v(15, scoring, "confirmed", CHECKED)),
    ipPoints: series(
      "分",
      v({ highValue: 20, selfDeveloped: 15, classOne: 10, classTwo: 5, none: 0 }, scoring, "secondary", RECHECKED),
    ),
    // >= 5 %: 20; 3-5 %: 15; 2-3 %: 10; 1-2 %: 5; < 1 %: 0. 3 and 2 are shared by plain ranges
    // (ascending: a range takes its lower bound).
    rdIntensityBands: series<Bands>(
      "bands",
      v(bands(">=", [[5, 20], [3, 15], [2, 10], [1, 5]], 0, [3, 2]), scoring, "secondary", RECHECKED),
    ),
    // "15%以上" 20; 10%-15% 15; 5%-10% 10; 0%-5% 5; "0%以下" 0. 15%以上 takes 15; 10 and 5 are
    // shared by plain ranges (ascending: the lower bound); 0 is claimed by "0%-5%" and "0%以下",
    // and criteria.md gives it the 5 points.
    mainRevenueGrowthBands: series<Bands>(
      "bands",
      v(bands(">=", [[15, 20], [10, 15], [5, 10], [0, 5]], 0, [10, 5, 0]), scoring, "secondary", RECHECKED),
    ),
    // "55%以下" 10 (takes 55); 55%-75% 5; "75%以上" 0 (takes 75).
    debtRatioBands: series<Bands>(
      "bands",
      v(
        rungs(
          [
            ["<=", 55, 10],
            ["<", 75, 5],
          ],
          0,
        ),
        scoring,
        "secondary",
        RECHECKED,
      ),
    ),
    fieldPoints: series("分", v({ strategicEmerging: 10, other: 5 }, scoring, "secondary", RECHECKED)),
    // >= 70 %: 20; 60-70 %: 15; 55-60 %: 10; 50-55 %: 5; < 50 %: 0. 60 and 55 are shared.
    mainShareBands: series<Bands>(
      "bands",
      v(bands(">=", [[70, 20], [60, 15], [55, 10], [50, 5]], 0, [60, 55]), scoring, "secondary", RECHECKED),
    ),
  },
};
