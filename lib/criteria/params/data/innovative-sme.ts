import type { RdInstitution, ScienceAward } from "../../facts/enums";
import { MEASURES_2022_A1 } from "../instruments";
import { basis, clause, clausesOf, series, v } from "../series";
import { bands } from "../bands";
import type { Bands } from "../types";

// 创新型中小企业评价标准: 工信部企业〔2022〕63号 attachment 1; the base tier of miit-2026 too,
// until a merged standard is published (criteria.md).

const CHECKED = "2026-11-21";
const a1 = clausesOf(MEASURES_2022_A1, "附件1 ", "Attachment 1, ");

const basic = a1("基本条件", "basic conditions");
const direct = a1("直接认定条件", "direct recognition");
const scoring = a1("评价指标", "scoring indicators");

export const innovativeSmeSeries = {
  basic: basis(clause(basic, "confirmed", CHECKED)),
  "ism.direct": {
    basis: basis(clause(direct, "confirmed", CHECKED)),
    awards: series<readonly ScienceAward[]>(
      "set",
      v(["provincial", "provincial-top3", "national", "national-top3"], direct, "confirmed", CHECKED),
    ),
    institutions: series<readonly RdInstitution[]>("set", v(["provincial", "national"], direct, "confirmed", CHECKED)),
    minEquityFinancing3y: series("万元", v(500, direct, "confirmed", CHECKED)),
  },
  "ism.score": {
    basis: basis(clause(scoring, "confirmed", CHECKED)),
    passMark: series("分", v(60, scoring, "confirmed", CHECKED)),
    minInnovation: series("分", v(20, scoring, "confirmed", CHECKED)),
    minGrowth: series("分", v(15, scoring, "confirmed", CHECKED)),
    minSpecialisation: series("分", v(15, scoring, "confirmed", CHECKED)),
    ipPoints: series(
      "分",
      v({ highValue: 20, selfDeveloped: 15, classOne: 10, classTwo: 5, none: 0 }, scoring, "recall", CHECKED),
    ),
    rdIntensityBands: series<Bands>(
      "bands",
      v(bands(">=", [[5, 20], [3, 15], [2, 10], [1, 5]], 0), scoring, "recall", CHECKED),
    ),
    mainRevenueGrowthBands: series<Bands>(
      "bands",
      v(bands(">=", [[20, 20], [10, 15], [0, 10], [-10, 5]], 0), scoring, "recall", CHECKED),
    ),
    debtRatioBands: series<Bands>(
      "bands",
      v(
        { rungs: [{ op: "<", bound: 55, points: 10 }, { op: "<=", bound: 75, points: 5 }], otherwise: 0 },
        scoring,
        "recall",
        CHECKED,
      ),
    ),
    fieldPoints: series("分", v({ strategicEmerging: 10, other: 5 }, scoring, "recall", CHECKED)),
    mainShareBands: series<Bands>(
      "bands",
      v(bands(">=", [[70, 20], [60, 15], [55, 10], [50, 5]], 0), scoring, "recall", CHECKED),
    ),
  },
};
