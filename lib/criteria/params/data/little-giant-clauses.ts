import { MEASURES_2022_A3, MEASURES_2026, NOTICE_2018, NOTICE_2026, NOTICES_2020 } from "../instruments";
import type { Confidence } from "../../types";
import { clause, clausesOf, repeal } from "../series";

// The clauses of the Little Giant standards that the dated values cite (see little-giant.ts).

export const CHECKED = "2026-11-21";
/** Read again against the copies of criteria.md section 6 for the 2018/2020 split. */
export const RECHECKED = "2026-12-02";
const n18 = clausesOf(NOTICE_2018, "附件 ", "Attachment, ");
const n20 = clausesOf(NOTICES_2020, "", "");
const a3 = clausesOf(MEASURES_2022_A3, "附件3 ", "Attachment 3, ");
const n2 = clausesOf(MEASURES_2026, "附件2 ", "Attachment 2, ");
const notice26 = clausesOf(NOTICE_2026, "", "");

export const lg18 = {
  basic: n18("一、基本条件", "1. basic conditions"),
  econ: n18("二、专项条件（一）经济效益", "2(1) economic performance"),
  spec: n18("二、专项条件（二）专业化程度", "2(2) specialisation"),
  innov: n18("二、专项条件（三）创新能力", "2(3) innovation"),
  mgmt: n18("二、专项条件（四）经营管理", "2(4) management"),
  classified: n18("三、分类条件", "3. conditions by revenue class"),
};
export const lg20 = {
  basic: n20("基本条件", "basic conditions"),
  econ: n20("专项条件：经济效益", "specific conditions: economic performance"),
  spec: n20("专项条件：专业化程度", "specific conditions: specialisation"),
  innov: n20("专项条件：创新能力", "specific conditions: innovation"),
  mgmt: n20("专项条件：经营管理", "specific conditions: management"),
  classified: n20("分类条件", "conditions by revenue class"),
};
export const lg22 = {
  basic: a3("基本条件", "basic conditions"),
  spec: a3("专业化指标", "specialisation"),
  refine: a3("精细化指标", "refinement"),
  feature: a3("特色化指标", "distinctiveness"),
  brand: a3("特色化指标：自主品牌", "distinctiveness: own brand"),
  innov: a3("创新能力指标", "innovation"),
  chain: a3("产业链配套指标", "industrial-chain role"),
  field: a3("主导产品所属领域指标", "field of the main product"),
};
export const lg26 = {
  basic: n2("基本条件", "basic conditions"),
  title: n2("梯度培育（已是专精特新中小企业）", "tiered cultivation (already an SRDI SME)"),
  niche: n2("专业化：从事特定细分市场年限", "specialisation: years in the niche market"),
  revenue: n2("规模：上年度营业收入", "scale: revenue of last year"),
  share: n2("专业化：主营业务收入占比", "specialisation: main-business share"),
  growth: n2("成长性：近2年营业收入复合增长率", "growth: 2-year revenue CAGR"),
  debt: n2("精细化：资产负债率", "refinement: debt ratio"),
  rdTotal: n2("创新能力：近2年研发费用总额", "innovation: R&D spend of the last 2 years"),
  rdIntensity: n2("创新能力：研发费用占营业收入比重", "innovation: R&D intensity"),
  ip: n2("创新能力：Ⅰ类知识产权或国家级科技奖励", "innovation: Class I IP or national S&T award"),
  market: n2("特色化：细分市场地位", "distinctiveness: niche-market position"),
  field: n2("产业链：重点领域与关键环节", "industrial chain: key field and key link"),
  dev: n2("专精特新发展评价得分", "SRDI development score"),
  exclusions: notice26(
    "申报要求：已是制造业单项冠军或与已认定“小巨人”存在控制关系的企业不得申报",
    "application rules: single-item champions and firms controlling or controlled by a Little Giant may not apply",
  ),
};

type At = (typeof lg26)[keyof typeof lg26];
export const r18 = (at: (typeof lg18)[keyof typeof lg18]) => clause(at, "recall", CHECKED);
/** A 2018 clause read in reports of the notice (criteria.md section 6). */
export const s18 = (at: (typeof lg18)[keyof typeof lg18]) => clause(at, "secondary", RECHECKED);
export const s20 = (at: (typeof lg20)[keyof typeof lg20]) => clause(at, "secondary", RECHECKED);
export const end18 = repeal(lg20.econ, RECHECKED);
export const c22 = (at: (typeof lg22)[keyof typeof lg22], c: Confidence = "confirmed") =>
  clause(at, c, c === "confirmed" ? CHECKED : RECHECKED);
export const s26 = (at: At) => clause(at, "secondary", CHECKED);
export const end22 = repeal(lg22.basic, CHECKED);
export const end26 = repeal(lg26.basic, CHECKED);

