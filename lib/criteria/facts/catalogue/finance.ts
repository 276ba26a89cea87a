import { rdClassesSeries } from "../../params/data/rd-classes";
import { highest } from "../../params/series";
import { money, signedMoney } from "../define";

// Money in 万元, as audit reports and Chinese forms state it. y1 is the last complete fiscal year.

export const financeFacts = {
  "finance.revenue": money({
    step: "finance",
    years: 3,
    text: {
      "zh-CN": { label: "营业收入", help: "利润表中的营业收入，按年度审计报告或财务报表填写，单位万元。" },
      en: {
        label: "Operating revenue",
        help: "Operating revenue from the income statement, per the audited accounts, in 万元 (RMB 10,000).",
      },
    },
  }),
  "finance.mainRevenue": money({
    step: "finance",
    years: 3,
    text: {
      "zh-CN": { label: "主营业务收入", help: "销售主导产品或提供主要服务取得的收入，不含其他业务收入和投资收益。" },
      en: {
        label: "Main business revenue",
        help: "Revenue from the main products or services, excluding other operating income and investment income.",
      },
    },
  }),
  "finance.netProfit": signedMoney({
    step: "finance",
    years: 3,
    text: {
      "zh-CN": { label: "净利润", help: "利润表中的净利润；亏损请填负数。" },
      en: { label: "Net profit", help: "Net profit from the income statement; enter a loss as a negative number." },
    },
  }),
  "finance.totalAssets": money({
    step: "finance",
    text: {
      "zh-CN": { label: "上年末资产总额", help: "上年度末资产负债表中的资产总计。" },
      en: { label: "Total assets at the end of last year", help: "Total assets on last year's closing balance sheet." },
    },
  }),
  "finance.totalLiabilities": money({
    step: "finance",
    text: {
      "zh-CN": { label: "上年末负债总额", help: "上年度末资产负债表中的负债合计。" },
      en: {
        label: "Total liabilities at the end of last year",
        help: "Total liabilities on last year's closing balance sheet.",
      },
    },
  }),
  "finance.rdExpense": money({
    step: "finance",
    years: 2,
    text: {
      "zh-CN": { label: "研发费用", help: "按审计报告或企业所得税研发费用加计扣除口径填写。" },
      en: { label: "R&D expenditure", help: "As in the audited accounts or the R&D super-deduction filing." },
    },
  }),
  "finance.equityFinancing3y": money({
    step: "finance",
    text: {
      "zh-CN": {
        label: "近三年新增股权融资总额",
        help: "由合格机构投资者以实缴方式投入的股权融资（不含股东借款）；没有请填 0。",
      },
      en: {
        label: "New equity financing in the last three years",
        help: "Paid-in equity from qualified institutional investors (not shareholder loans); enter 0 if none.",
      },
    },
  }),
  "finance.equityFinancing2y": money({
    step: "finance",
    // Asked where it stands in for revenue or R&D: below the Little Giant's lowest revenue class,
    // which is above every other tier's revenue threshold. (The 2022 provincial direct route also
    // counts it at any revenue; above that class it goes unasked and that route stays unknown.)
    askIf: { path: "finance.revenue.y1", below: highest(rdClassesSeries.revenueLower), whenUnknown: true },
    text: {
      "zh-CN": {
        label: "近两年新增股权融资总额",
        help: "同上，只计近两年；营业收入较低时，部分标准以股权融资替代收入要求。",
      },
      en: {
        label: "New equity financing in the last two years",
        help: "As above, last two years only. When revenue is low, some tiers accept equity financing instead.",
      },
    },
  }),
};
