import { commonParams } from "./common";
import { bands, clause } from "./source";
import type { MakerChina, RdInstitution, ScienceAward } from "../facts/enums";

// 《优质中小企业梯度培育管理暂行办法》(工信部企业〔2022〕63号), 2022-06-01 to 2026-03-31.
// Attachment 1: 创新型中小企业评价标准 (also the base tier of miit-2026); attachment 2:
// 专精特新中小企业认定标准 (`secondary`); attachment 3: 专精特新"小巨人"企业认定标准.

const DOC = "工信部企业〔2022〕63号";
const FROM = "2022-06-01";
type C = "confirmed" | "secondary" | "recall";

const a1 = (zh: string, en: string, c: C = "confirmed") => clause(DOC, `附件1 ${zh}`, `Attachment 1, ${en}`, c, FROM);
const a2 = (zh: string, en: string, c: C = "secondary") => clause(DOC, `附件2 ${zh}`, `Attachment 2, ${en}`, c, FROM);
const a3 = (zh: string, en: string, c: C = "confirmed") => clause(DOC, `附件3 ${zh}`, `Attachment 3, ${en}`, c, FROM);

const ismDirect = a1("直接认定条件", "direct recognition");
const ismScore = a1("评价指标", "scoring indicators");
const ssmeBasic = a2("认定条件", "conditions");
const ssmeDirect = a2("认定条件（四）直接认定情形", "condition 4, direct recognition", "recall");
const ssmeScore = a2("认定条件（四）评价指标", "condition 4, scoring indicators");
const lgBasic = a3("基本条件", "basic conditions");
const lgSpec = a3("专业化指标", "specialisation");
const lgRefine = a3("精细化指标", "refinement");
const lgFeature = a3("特色化指标", "distinctiveness");
const lgInnov = a3("创新能力指标", "innovation");
const lgChain = a3("产业链配套指标", "industrial-chain role", "recall");
const lgField = a3("主导产品所属领域指标", "field of the main product");

export const miit2022Params = {
  id: "miit-2022" as const,
  innovativeSme: {
    common: commonParams(a1("基本条件", "basic conditions")),
    "ism.direct": {
      basis: ismDirect.basis(),
      awards: ismDirect.p<readonly ScienceAward[]>(
        ["provincial", "provincial-top3", "national", "national-top3"],
        "set",
      ),
      institutions: ismDirect.p<readonly RdInstitution[]>(["provincial", "national"], "set"),
      minEquityFinancing3y: ismDirect.p(500, "万元"),
    },
    "ism.score": {
      basis: ismScore.basis(),
      passMark: ismScore.p(60, "分"),
      minInnovation: ismScore.p(20, "分"),
      minGrowth: ismScore.p(15, "分"),
      minSpecialisation: ismScore.p(15, "分"),
      ipPoints: ismScore.p({ highValue: 20, selfDeveloped: 15, classOne: 10, classTwo: 5, none: 0 }, "分", "recall"),
      rdIntensityBands: ismScore.p(
        bands(
          ">=",
          [
            [5, 20],
            [3, 15],
            [2, 10],
            [1, 5],
          ],
          0,
        ),
        "bands",
        "recall",
      ),
      mainRevenueGrowthBands: ismScore.p(
        bands(
          ">=",
          [
            [20, 20],
            [10, 15],
            [0, 10],
            [-10, 5],
          ],
          0,
        ),
        "bands",
        "recall",
      ),
      debtRatioBands: ismScore.p(
        {
          rungs: [
            { op: "<" as const, bound: 55, points: 10 },
            { op: "<=" as const, bound: 75, points: 5 },
          ],
          otherwise: 0,
        },
        "bands",
        "recall",
      ),
      fieldPoints: ismScore.p({ strategicEmerging: 10, other: 5 }, "分", "recall"),
      mainShareBands: ismScore.p(
        bands(
          ">=",
          [
            [70, 20],
            [60, 15],
            [55, 10],
            [50, 5],
          ],
          0,
        ),
        "bands",
        "recall",
      ),
    },
  },
  specializedSme: {
    common: commonParams(ssmeBasic),
    "ssme.niche-years": { basis: ssmeBasic.basis(), minYears: ssmeBasic.p(2, "年") },
    "ssme.rd": { basis: ssmeBasic.basis(), minExpense: ssmeBasic.p(100, "万元"), minIntensity: ssmeBasic.p(3, "%") },
    "ssme.scale": {
      basis: ssmeBasic.basis(),
      minRevenue: ssmeBasic.p(1000, "万元"),
      minEquityFinancing2y: ssmeBasic.p(2000, "万元"),
    },
    "ssme.score-or-direct": {
      basis: ssmeScore.basis(),
      passMark: ssmeScore.p(60, "分"),
      directAwards: ssmeDirect.p<readonly ScienceAward[]>(["national", "national-top3", "provincial-top3"], "set"),
      directMeanRdExpense: ssmeDirect.p(1000, "万元"),
      directEquityFinancing2y: ssmeDirect.p(6000, "万元"),
      directMakerChina: ssmeDirect.p<readonly MakerChina[]>(["top500", "top50"], "set"),
      mainShareBands: ssmeScore.p(
        bands(
          ">=",
          [
            [80, 5],
            [70, 3],
            [60, 1],
          ],
          0,
        ),
        "bands",
      ),
      growthBands: ssmeScore.p(
        bands(
          ">=",
          [
            [10, 10],
            [8, 8],
            [6, 6],
            [4, 4],
            [0, 2],
          ],
          0,
        ),
        "bands",
      ),
      nicheYearsPerPoint: ssmeScore.p(2, "年"),
      nicheMaxPoints: ssmeScore.p(5, "分"),
      fieldPoints: ssmeScore.p({ chainRoles: 5, foundationBrandOrLeader: 3, none: 0 }, "分"),
      digitalBands: ssmeScore.p(
        bands(
          ">=",
          [
            [3, 5],
            [2, 3],
          ],
          0,
        ),
        "bands",
      ),
      qualityPointsPerItem: ssmeScore.p(3, "分"),
      qualityMaxPoints: ssmeScore.p(5, "分"),
      netMarginBands: ssmeScore.p(
        bands(
          ">=",
          [
            [10, 10],
            [8, 8],
            [6, 6],
            [4, 4],
            [2, 2],
          ],
          0,
        ),
        "bands",
      ),
      debtRatioBands: ssmeScore.p(
        bands(
          "<",
          [
            [50, 5],
            [60, 3],
            [70, 1],
          ],
          0,
        ),
        "bands",
      ),
      provincialLocalMax: ssmeScore.p(15, "分"),
      ipPoints: ssmeScore.p({ highValue: 10, selfDeveloped: 8, classOne: 6, classTwo: 2, none: 0 }, "分"),
      rdAmountBands: ssmeScore.p(
        bands(
          ">=",
          [
            [500, 10],
            [400, 8],
            [300, 6],
            [200, 4],
            [100, 2],
          ],
          0,
        ),
        "bands",
      ),
      rdIntensityBands: ssmeScore.p(
        bands(
          ">=",
          [
            [10, 10],
            [8, 8],
            [6, 6],
            [4, 4],
            [3, 2],
          ],
          0,
        ),
        "bands",
      ),
      rdStaffShareBands: ssmeScore.p(
        bands(
          ">=",
          [
            [20, 5],
            [10, 3],
            [5, 1],
          ],
          0,
        ),
        "bands",
      ),
      rdInstitutionPoints: ssmeScore.p(
        { national: 10, provincial: 8, municipal: 4, "below-municipal": 2, none: 0 } satisfies Record<
          RdInstitution,
          number
        >,
        "分",
      ),
    },
  },
  littleGiant: {
    common: commonParams(lgBasic),
    "lg.prior-title": { basis: lgBasic.basis() },
    "lg.niche-years": { basis: lgSpec.basis(), minYears: lgSpec.p(3, "年", "recall") },
    "lg.main-business-share": { basis: lgSpec.basis(), minShare: lgSpec.p(70, "%") },
    "lg.growth": { basis: lgSpec.basis(), minGrowth: lgSpec.p(5, "%", "recall") },
    "lg.debt-ratio": { basis: lgRefine.basis(), maxRatio: lgRefine.p(70, "%", "recall") },
    "lg.info-system": { basis: lgRefine.basis() },
    "lg.certification": { basis: lgRefine.basis() },
    "lg.market-share": { basis: lgFeature.basis(), minShare: lgFeature.p(10, "%", "recall") },
    "lg.brand": { basis: a3("特色化指标：自主品牌", "distinctiveness: own brand", "recall").basis() },
    "lg.innovation": {
      basis: lgInnov.basis(),
      revenueUpper: lgInnov.p(10000, "万元"),
      revenueLower: lgInnov.p(5000, "万元"),
      intensityUpper: lgInnov.p(3, "%"),
      intensityMiddle: lgInnov.p(6, "%"),
      smallEquityFinancing2y: lgInnov.p(8000, "万元"),
      smallRdTotal: lgInnov.p(3000, "万元"),
      smallRdStaffShare: lgInnov.p(50, "%"),
      minClassOne: lgInnov.p(2, "项"),
      directAwards: lgInnov.p<readonly ScienceAward[]>(["national-top3"], "set"),
      directMakerChina: lgInnov.p<readonly MakerChina[]>(["top50"], "set"),
    },
    "lg.chain": { basis: lgChain.basis() },
    "lg.field": { basis: lgField.basis() },
  },
};

export type Miit2022Params = typeof miit2022Params;
