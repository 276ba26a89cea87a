import type { MakerChina, RdInstitution, ScienceAward } from "../../facts/enums";
import { bands, rungs } from "../bands";
import { MEASURES_2022_A2, MEASURES_2026 } from "../instruments";
import { basis, clause, clausesOf, repeal, series, v } from "../series";
import type { Bands } from "../types";

// 专精特新中小企业认定标准: 工信部企业〔2022〕63号 attachment 2 (`secondary`), then 工信部企业〔2026〕2号
// attachment 1 (`secondary`; clause texts name the item, not a paragraph number).

const CHECKED = "2026-11-21";
/** Read again against the copies of criteria.md section 6 (the direct route, the debt bands). */
const RECHECKED = "2026-12-02";
const a2 = clausesOf(MEASURES_2022_A2, "附件2 ", "Attachment 2, ");
const n1 = clausesOf(MEASURES_2026, "附件1 ", "Attachment 1, ");

const c22 = {
  basic: a2("认定条件", "conditions"),
  direct: a2("认定条件（四）直接认定情形", "condition 4, direct recognition"),
  score: a2("认定条件（四）评价指标", "condition 4, scoring indicators"),
};
const c26 = {
  basic: n1("基本条件", "basic conditions"),
  title: n1("梯度培育（已是科技和创新型中小企业）", "tiered cultivation (already an innovation SME)"),
  niche: n1("专业化：从事特定细分市场年限", "specialisation: years in the niche market"),
  scale: n1("规模：营业收入或股权融资", "scale: revenue or equity financing"),
  share: n1("专业化：主营业务收入占比", "specialisation: main-business share"),
  debt: n1("精细化：资产负债率", "refinement: debt ratio"),
  rd: n1("创新能力：研发投入", "innovation: R&D input"),
  ip: n1("创新能力：知识产权、科技奖励或研发机构", "innovation: IP, S&T award or R&D institution"),
  market: n1("特色化：细分市场占有率较高", "distinctiveness: relatively high niche-market share"),
  dev: n1("专精特新发展评价得分", "SRDI development score"),
};

const s22 = (at = c22.basic) => clause(at, "secondary", CHECKED);
const s26 = (at: (typeof c26)[keyof typeof c26]) => clause(at, "secondary", CHECKED);

export const specializedSmeSeries = {
  basic: basis(s22(), s26(c26.basic)),
  // 科技和创新型中小企业 includes firms listed as 科技型中小企业 (titles.techSme).
  "ssme.prior-title": { basis: basis(clause(c26.title, "secondary", RECHECKED)) },
  "ssme.niche-years": {
    basis: basis(s22(), s26(c26.niche)),
    minYears: series("年", v(2, c22.basic, "secondary", CHECKED), v(3, c26.niche, "secondary", CHECKED)),
  },
  "ssme.scale": {
    basis: basis(s22(), s26(c26.scale)),
    minRevenue: series("万元", v(1000, c22.basic, "secondary", CHECKED), v(1500, c26.scale, "secondary", CHECKED)),
    minEquityFinancing2y: series(
      "万元",
      v(2000, c22.basic, "secondary", CHECKED),
      v(2000, c26.scale, "secondary", CHECKED),
    ),
  },
  "ssme.main-business-share": {
    basis: basis(s26(c26.share)),
    minShare: series("%", v(80, c26.share, "secondary", CHECKED)),
  },
  "ssme.debt-ratio": { basis: basis(s26(c26.debt)), maxRatio: series("%", v(80, c26.debt, "secondary", CHECKED)) },
  "ssme.rd": {
    basis: basis(s22(), s26(c26.rd)),
    minExpense: series("万元", v(100, c22.basic, "secondary", CHECKED), v(100, c26.rd, "secondary", CHECKED)),
    minIntensity: series("%", v(3, c22.basic, "secondary", CHECKED), v(3, c26.rd, "secondary", CHECKED)),
  },
  "ssme.ip": {
    basis: basis(s26(c26.ip)),
    minClassOne: series("项", v(1, c26.ip, "secondary", CHECKED)),
    awards: series<readonly ScienceAward[]>("set", v(["provincial-top3", "national-top3"], c26.ip, "secondary", CHECKED)),
    institutions: series<readonly RdInstitution[]>("set", v(["provincial", "national"], c26.ip, "secondary", CHECKED)),
  },
  "ssme.market-share": { basis: basis(s26(c26.market)) },
  "ssme.development-score": {
    basis: basis(s26(c26.dev)),
    minScore: series("分", v(50, c26.dev, "secondary", CHECKED)),
  },
  "ssme.score-or-direct": {
    basis: basis(s22(c22.score), repeal(c26.basic, CHECKED)),
    passMark: series("分", v(60, c22.score, "secondary", CHECKED)),
    // "近三年获得过省级科技奖励，并在获奖单位中排名前三；或获得国家级科技奖励，并在获奖单位中排名前五"
    directAwards: series<readonly ScienceAward[]>(
      "set",
      v(["national-top3", "provincial-top3"], c22.direct, "secondary", RECHECKED),
    ),
    directNationalAwardMaxRank: series("位", v(5, c22.direct, "secondary", RECHECKED)),
    directMeanRdExpense: series("万元", v(1000, c22.direct, "secondary", RECHECKED)),
    directEquityFinancing2y: series("万元", v(6000, c22.direct, "secondary", RECHECKED)),
    directMakerChina: series<readonly MakerChina[]>("set", v(["top500", "top50"], c22.direct, "secondary", RECHECKED)),
    // Plain ranges ("70%-80%", "60%-70%") share the bounds listed last: ascending-good ones take
    // their lower bound, descending-good ones (debt) their upper bound (criteria.md).
    mainShareBands: series<Bands>(
      "bands",
      v(bands(">=", [[80, 5], [70, 3], [60, 1]], 0, [70]), c22.score, "secondary", CHECKED),
    ),
    growthBands: series<Bands>(
      "bands",
      v(bands(">=", [[10, 10], [8, 8], [6, 6], [4, 4], [0, 2]], 0, [8, 6, 4]), c22.score, "secondary", CHECKED),
    ),
    nicheYearsPerPoint: series("年", v(2, c22.score, "secondary", CHECKED)),
    nicheMaxPoints: series("分", v(5, c22.score, "secondary", CHECKED)),
    fieldPoints: series("分", v({ chainRoles: 5, foundationBrandOrLeader: 3, none: 0 }, c22.score, "secondary", CHECKED)),
    digitalBands: series<Bands>("bands", v(bands(">=", [[3, 5], [2, 3]], 0), c22.score, "secondary", CHECKED)),
    qualityPointsPerItem: series("分", v(3, c22.score, "secondary", CHECKED)),
    qualityMaxPoints: series("分", v(5, c22.score, "secondary", CHECKED)),
    netMarginBands: series<Bands>(
      "bands",
      v(bands(">=", [[10, 10], [8, 8], [6, 6], [4, 4], [2, 2]], 0, [8, 6, 4]), c22.score, "secondary", CHECKED),
    ),
    // "50%以下" 5 (takes 50); 50%-60% 3 (takes 60, shared with 60%-70%); 60%-70% 1; "70%以上" 0 (takes 70).
    debtRatioBands: series<Bands>(
      "bands",
      v(
        rungs(
          [
            ["<=", 50, 5],
            ["<=", 60, 3],
            ["<", 70, 1],
          ],
          0,
          [60],
        ),
        c22.score,
        "secondary",
        RECHECKED,
      ),
    ),
    provincialLocalMax: series("分", v(15, c22.score, "secondary", CHECKED)),
    ipPoints: series(
      "分",
      v({ highValue: 10, selfDeveloped: 8, classOne: 6, classTwo: 2, none: 0 }, c22.score, "secondary", CHECKED),
    ),
    rdAmountBands: series<Bands>(
      "bands",
      v(bands(">=", [[500, 10], [400, 8], [300, 6], [200, 4], [100, 2]], 0, [400, 300, 200]), c22.score, "secondary", CHECKED),
    ),
    rdIntensityBands: series<Bands>(
      "bands",
      v(bands(">=", [[10, 10], [8, 8], [6, 6], [4, 4], [3, 2]], 0, [8, 6, 4]), c22.score, "secondary", CHECKED),
    ),
    rdStaffShareBands: series<Bands>(
      "bands",
      v(bands(">=", [[20, 5], [10, 3], [5, 1]], 0, [10]), c22.score, "secondary", CHECKED),
    ),
    rdInstitutionPoints: series(
      "分",
      v(
        { national: 10, provincial: 8, municipal: 4, "below-municipal": 2, none: 0 } satisfies Record<RdInstitution, number>,
        c22.score,
        "secondary",
        CHECKED,
      ),
    ),
  },
};
