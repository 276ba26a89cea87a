import type { CriterionId, RulesetId } from "../types";

// Criterion labels and explanations in Chinese. {name} is replaced by the threshold of that
// name from the criterion's parameter entry, so a data edit never leaves a stale number here.

export const labelsZh: Record<CriterionId, string> = {
  "common.sme-size": "中小企业规模",
  "common.legal-person": "境内注册的独立法人",
  "common.good-standing": "信用与合规",
  "ism.direct": "直接认定条件",
  "ism.score": "创新型中小企业评价得分",
  "ism.tech-sme": "已入库科技型中小企业",
  "ssme.prior-title": "已是科技和创新型中小企业",
  "ssme.niche-years": "从事细分市场年限",
  "ssme.scale": "营业收入或股权融资规模",
  "ssme.main-business-share": "主营业务收入占比",
  "ssme.debt-ratio": "资产负债率",
  "ssme.rd": "研发投入",
  "ssme.ip": "知识产权、科技奖励或研发机构",
  "ssme.market-share": "细分市场占有率",
  "ssme.development-score": "专精特新发展评价得分",
  "ssme.score-or-direct": "评价得分或直接认定条件",
  "lg.prior-title": "已是专精特新中小企业",
  "lg.niche-years": "从事细分市场年限",
  "lg.revenue": "营业收入",
  "lg.revenue-window": "营业收入区间",
  "lg.main-business-share": "主营业务收入占比",
  "lg.growth": "成长性",
  "lg.debt-ratio": "资产负债率",
  "lg.rd-total": "近2年研发费用总额",
  "lg.rd-intensity": "研发强度",
  "lg.ip": "Ⅰ类知识产权或国家级科技奖励",
  "lg.market-position": "细分市场地位",
  "lg.field": "重点领域与产业链关键环节",
  "lg.development-score": "专精特新发展评价得分",
  "lg.exclusions": "不属于排除情形",
  "lg.info-system": "核心业务信息化",
  "lg.certification": "管理体系或产品认证",
  "lg.market-share": "细分市场占有率",
  "lg.brand": "自主品牌",
  "lg.innovation": "创新能力",
  "lg.chain": "产业链配套",
  "lg.operating-years": "经营年限",
  "lg.rd-institution": "研发机构",
  "lg.classified": "分类条件（研发投入）",
};

const common = {
  "common.sme-size": "符合《中小企业划型标准规定》的中小企业：按所属行业，从业人员、营业收入或资产总额低于任一上限即可",
  "common.legal-person": "在中华人民共和国境内工商注册登记，具有独立法人资格",
  "common.good-standing":
    "未被列入经营异常名录或严重失信主体名单；产品（服务）不属于禁止、限制或淘汰类；近三年未发生重大安全（含网络安全、数据安全）、质量、环境污染事故或偷漏税等违法违规行为",
} satisfies Partial<Record<CriterionId, string>>;

const standing2026 =
  "未被列入经营异常名录或严重失信主体名单；产品（服务）不属于禁止、限制或淘汰类；近三年未发生较大生产安全事故、重大网络和数据安全事件、严重质量问题、重大环境污染事故，或偷漏税等违法违规行为";

const lgRdTiers =
  "上年度营业收入{revenueUpper}万元以上的，近2年研发费用占营业收入比重均不低于{intensityUpper}%；{revenueLower}万元至{revenueUpper}万元的，均不低于{intensityMiddle}%；{revenueLower}万元以下的，近2年新增股权融资{smallEquityFinancing2y}万元以上、研发费用合计{smallRdTotal}万元以上且研发人员占比{smallRdStaffShare}%以上";

// The Little Giant conditions of batches 1 to 3 (381号 and the 2020, 2021 notices).
const before2022 = {
  "lg.prior-title": "原则上为省级中小企业主管部门认定或重点培育的专精特新中小企业",
  "lg.operating-years": "截至上年末连续经营{minYears}年以上",
  "lg.debt-ratio": "资产负债率不高于{maxRatio}%",
  "lg.niche-years": "从事特定细分市场时间达到{minYears}年以上",
  "lg.main-business-share": "主营业务收入占营业收入比重达到{minShare}%以上",
  "lg.market-share": "主导产品在细分市场占有率位于全省前{maxProvincialRank}位（全国前{maxProvincialRank}位亦可）",
  "lg.ip":
    "拥有有效发明专利（含集成电路布图设计专有权）{minInventionPatents}项，或实用新型、外观设计专利、软件著作权{minClassTwo}项以上",
  "lg.rd-institution": "自建或与高校、科研机构联合建立研发机构",
  "lg.info-system": "至少1项核心业务采用信息系统支撑",
  "lg.brand": "拥有自主品牌",
  "lg.certification": "取得相关管理体系认证，或产品生产执行国际、国内、行业标准，或产品通过发达国家和地区产品认证",
  "lg.field": "主导产品属于工业“四基”领域或制造强国战略十大重点产业领域",
} satisfies Partial<Record<CriterionId, string>>;

export const explanationsZh: Record<RulesetId, Partial<Record<CriterionId, string>>> = {
  "miit-2026": {
    ...common,
    "common.good-standing": standing2026,
    "ism.tech-sme":
      "今年已入库科技型中小企业：按 2026 年办法属于科技和创新型中小企业（与直接认定、评价得分三者满足其一即可）",
    "ssme.prior-title": "已被认定为科技和创新型（创新型）中小企业且在有效期内，或今年已入库科技型中小企业",
    "ssme.niche-years": "从事特定细分市场时间达到{minYears}年以上",
    "ssme.scale":
      "上年度营业收入{minRevenue}万元以上，或近2年新增股权融资总额（合格机构投资者实缴额）{minEquityFinancing2y}万元以上",
    "ssme.main-business-share": "上年度主营业务收入占营业收入比重不低于{minShare}%",
    "ssme.debt-ratio": "上年度资产负债率不高于{maxRatio}%",
    "ssme.rd": "近2年研发费用每年不低于{minExpense}万元，且每年占营业收入比重不低于{minIntensity}%",
    "ssme.ip":
      "拥有与主导产品相关的Ⅰ类知识产权{minClassOne}项以上，或近3年获省级以上科技奖励且排名前三，或建有省级以上研发机构",
    "ssme.market-share": "主导产品在细分市场占有率较高；标准未给出数值，由审核人员判断",
    "ssme.development-score": "专精特新发展评价得分不低于{minScore}分；复核时任一年度达到即可",
    "lg.prior-title": "已被认定为省级专精特新中小企业，且在有效期内",
    "lg.niche-years": "从事特定细分市场时间达到{minYears}年以上",
    "lg.revenue": "上年度营业收入不低于{minRevenue}万元",
    "lg.main-business-share": "上年度主营业务收入占营业收入比重不低于{minShare}%",
    "lg.growth": "近2年营业收入复合增长率不低于{minCagr}%；复核时不适用",
    "lg.debt-ratio": "上年度资产负债率不高于{maxRatio}%",
    "lg.rd-total": "近2年研发费用总额不低于{minTotal}万元",
    "lg.rd-intensity": "近2年研发费用占营业收入比重每年均不低于{minIntensity}%",
    "lg.ip": "拥有与主导产品相关的Ⅰ类知识产权{minClassOne}项以上，或近3年获国家级科技奖励且排名前三",
    "lg.market-position":
      "主导产品国内细分市场占有率不低于{minShareDomestic}%，或国际细分市场占有率不低于{minShareInternational}%，或国内细分市场排名前{maxRank}",
    "lg.field": "主导产品属于“六基”领域，或属于传统产业升级、新兴产业、未来产业；且处于产业链关键环节",
    "lg.development-score": "专精特新发展评价得分不低于{minScore}分；复核时任一年度达到即可",
    "lg.exclusions":
      "不是制造业单项冠军企业，且与已认定的“小巨人”企业不存在控制关系或生产同类主导产品的集团关联关系；仅适用于新申请，复核时不适用",
  },
  "miit-2022": {
    ...common,
    "ism.direct":
      "满足其一即可：近3年获省级以上科技奖励；持有有效的高新技术企业证书，或国家级技术创新示范企业、知识产权优势企业、知识产权示范企业称号；拥有省级以上研发机构；近3年新增股权融资（合格机构投资者实缴额）{minEquityFinancing3y}万元以上",
    "ism.score":
      "评价得分达到{passMark}分以上，其中创新能力不低于{minInnovation}分、成长性不低于{minGrowth}分、专业化不低于{minSpecialisation}分",
    "ssme.niche-years": "从事特定细分市场时间达到{minYears}年以上",
    "ssme.rd": "上年度研发费用不低于{minExpense}万元，且占营业收入比重不低于{minIntensity}%",
    "ssme.scale":
      "上年度营业收入{minRevenue}万元以上，或近2年新增股权融资总额（合格机构投资者实缴额）{minEquityFinancing2y}万元以上",
    "ssme.score-or-direct":
      "评价得分达到{passMark}分以上，或满足其一：近3年获省级科技奖励且在获奖单位中排名前三，或获国家级科技奖励且排名前{directNationalAwardMaxRank}；近2年研发费用年均{directMeanRdExpense}万元以上；近2年新增股权融资{directEquityFinancing2y}万元以上；近3年进入“创客中国”大赛全国500强",
    "lg.prior-title": "已被认定为省级专精特新中小企业，且在有效期内",
    "lg.niche-years": "从事特定细分市场时间达到{minYears}年以上",
    "lg.main-business-share": "上年度主营业务收入占营业收入比重不低于{minShare}%",
    "lg.growth": "近2年主营业务收入平均增长率不低于{minGrowth}%",
    "lg.debt-ratio": "上年度资产负债率不高于{maxRatio}%",
    "lg.info-system": "至少1项核心业务（研发设计、生产制造、供应链管理）采用信息系统支撑",
    "lg.certification": "取得管理体系认证，或产品通过发达国家和地区的产品认证",
    "lg.market-share": "主导产品国内细分市场占有率不低于{minShare}%",
    "lg.brand": "拥有直接面向市场的自主品牌",
    "lg.innovation": `${lgRdTiers}；建有研发机构，且拥有Ⅰ类知识产权{minClassOne}项以上。或：近3年获国家级科技奖励且排名前三，或进入“创客中国”大赛全国50强`,
    "lg.chain": "处于产业链关键环节，发挥补短板、锻长板或填空白作用",
    "lg.field": "主导产品属于“六基”领域、制造强国战略十大重点产业领域或网络强国建设领域",
  },
  "miit-2020": {
    ...common,
    ...before2022,
    "lg.growth": "近2年主营业务收入或净利润的平均增长率达到{minGrowth}%以上",
    "lg.classified": lgRdTiers,
  },
  "miit-2018": {
    ...common,
    ...before2022,
    "lg.revenue-window": "上年度营业收入在{minRevenue}万元至{maxRevenue}万元之间",
    "lg.growth": "近2年主营业务收入或净利润的平均增长率达到{minGrowth}%以上",
  },
};
