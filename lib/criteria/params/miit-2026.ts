import { commonParams } from "./common";
import { clause } from "./source";
import type { IndustryTrack, RdInstitution, ScienceAward } from "../facts/enums";

// 《优质中小企业梯度培育管理办法》(工信部企业〔2026〕2号), in force 2026-04-01. Attachment 1 is the
// 专精特新中小企业 standard, attachment 2 the "小巨人" standard. criteria.md marks both tiers
// `secondary` (read in a third-party copy); clause texts name the item, not a paragraph number.

const DOC = "工信部企业〔2026〕2号";
const FROM = "2026-04-01";

const a1 = (zh: string, en: string) => clause(DOC, `附件1 ${zh}`, `Attachment 1, ${en}`, "secondary", FROM);
const a2 = (zh: string, en: string) => clause(DOC, `附件2 ${zh}`, `Attachment 2, ${en}`, "secondary", FROM);

const s = {
  basic: a1("基本条件", "basic conditions"),
  title: a1("梯度培育（已是科技和创新型中小企业）", "tiered cultivation (already an innovation SME)"),
  niche: a1("专业化：从事特定细分市场年限", "specialisation: years in the niche market"),
  scale: a1("规模：营业收入或股权融资", "scale: revenue or equity financing"),
  share: a1("专业化：主营业务收入占比", "specialisation: main-business share"),
  debt: a1("精细化：资产负债率", "refinement: debt ratio"),
  rd: a1("创新能力：研发投入", "innovation: R&D input"),
  ip: a1("创新能力：知识产权、科技奖励或研发机构", "innovation: IP, S&T award or R&D institution"),
  market: a1("特色化：细分市场占有率较高", "distinctiveness: relatively high niche-market share"),
  dev: a1("专精特新发展评价得分", "SRDI development score"),
};

const l = {
  basic: a2("基本条件", "basic conditions"),
  title: a2("梯度培育（已是专精特新中小企业）", "tiered cultivation (already an SRDI SME)"),
  niche: a2("专业化：从事特定细分市场年限", "specialisation: years in the niche market"),
  revenue: a2("规模：上年度营业收入", "scale: revenue of last year"),
  share: a2("专业化：主营业务收入占比", "specialisation: main-business share"),
  growth: a2("成长性：近2年营业收入复合增长率", "growth: 2-year revenue CAGR"),
  debt: a2("精细化：资产负债率", "refinement: debt ratio"),
  rdTotal: a2("创新能力：近2年研发费用总额", "innovation: R&D spend of the last 2 years"),
  rdIntensity: a2("创新能力：研发费用占营业收入比重", "innovation: R&D intensity"),
  ip: a2("创新能力：Ⅰ类知识产权或国家级科技奖励", "innovation: Class I IP or national S&T award"),
  market: a2("特色化：细分市场地位", "distinctiveness: niche-market position"),
  field: a2("产业链：重点领域与关键环节", "industrial chain: key field and key link"),
  dev: a2("专精特新发展评价得分", "SRDI development score"),
};

const exclusions = clause(
  "工信厅企业函〔2026〕117号",
  "申报要求：已是制造业单项冠军或与已认定“小巨人”存在控制关系的企业不得申报",
  "application rules: single-item champions and firms controlling or controlled by a Little Giant may not apply",
  "secondary",
  FROM,
);

export const miit2026Params = {
  id: "miit-2026" as const,
  specializedSme: {
    common: commonParams(s.basic),
    "ssme.prior-title": { basis: s.title.basis() },
    "ssme.niche-years": { basis: s.niche.basis(), minYears: s.niche.p(3, "年") },
    "ssme.scale": {
      basis: s.scale.basis(),
      minRevenue: s.scale.p(1500, "万元"),
      minEquityFinancing2y: s.scale.p(2000, "万元"),
    },
    "ssme.main-business-share": { basis: s.share.basis(), minShare: s.share.p(80, "%") },
    "ssme.debt-ratio": { basis: s.debt.basis(), maxRatio: s.debt.p(80, "%") },
    "ssme.rd": { basis: s.rd.basis(), minExpense: s.rd.p(100, "万元"), minIntensity: s.rd.p(3, "%") },
    "ssme.ip": {
      basis: s.ip.basis(),
      minClassOne: s.ip.p(1, "项"),
      awards: s.ip.p<readonly ScienceAward[]>(["provincial-top3", "national-top3"], "set"),
      institutions: s.ip.p<readonly RdInstitution[]>(["provincial", "national"], "set"),
    },
    "ssme.market-share": { basis: s.market.basis() },
    "ssme.development-score": { basis: s.dev.basis(), minScore: s.dev.p(50, "分") },
  },
  littleGiant: {
    common: commonParams(l.basic),
    "lg.prior-title": { basis: l.title.basis() },
    "lg.niche-years": { basis: l.niche.basis(), minYears: l.niche.p(3, "年") },
    "lg.revenue": { basis: l.revenue.basis(), minRevenue: l.revenue.p(5000, "万元") },
    "lg.main-business-share": { basis: l.share.basis(), minShare: l.share.p(90, "%") },
    "lg.growth": { basis: l.growth.basis(), minCagr: l.growth.p(5, "%") },
    "lg.debt-ratio": { basis: l.debt.basis(), maxRatio: l.debt.p(75, "%") },
    "lg.rd-total": { basis: l.rdTotal.basis(), minTotal: l.rdTotal.p(1200, "万元") },
    "lg.rd-intensity": { basis: l.rdIntensity.basis(), minIntensity: l.rdIntensity.p(3, "%") },
    "lg.ip": {
      basis: l.ip.basis(),
      minClassOne: l.ip.p(4, "项"),
      awards: l.ip.p<readonly ScienceAward[]>(["national-top3"], "set"),
    },
    "lg.market-position": {
      basis: l.market.basis(),
      minShareDomestic: l.market.p(10, "%"),
      minShareInternational: l.market.p(10, "%"),
      maxRank: l.market.p(3, "位"),
    },
    "lg.field": {
      basis: l.field.basis(),
      tracks: l.field.p<readonly IndustryTrack[]>(["traditional", "emerging", "future"], "set"),
    },
    "lg.development-score": { basis: l.dev.basis(), minScore: l.dev.p(60, "分") },
    "lg.exclusions": { basis: exclusions.basis() },
  },
};

export type Miit2026Params = typeof miit2026Params;
