import { flag } from "../define";

// The good-standing conditions every tier repeats (common.good-standing).

export const standingFacts = {
  "standing.abnormalList": flag({
    step: "standing",
    text: {
      "zh-CN": {
        label: "列入经营异常名录",
        question: "是否被列入经营异常名录？",
        help: "可在国家企业信用信息公示系统查询；已移出名录的选“否”。",
      },
      en: {
        label: "On the list of abnormal operations",
        question: "Is the company on the list of enterprises with abnormal operations (经营异常名录)?",
        help: 'Look it up in the National Enterprise Credit Information Publicity System; choose "No" if it has been removed.',
      },
    },
  }),
  "standing.dishonestList": flag({
    step: "standing",
    text: {
      "zh-CN": {
        label: "列入严重失信主体名单",
        question: "是否被列入严重失信主体名单？",
        help: "可在“信用中国”网站查询。",
      },
      en: {
        label: "On the list of seriously dishonest entities",
        question: "Is the company on the list of seriously dishonest entities (严重失信主体名单)?",
        help: "Look it up on the Credit China website.",
      },
    },
  }),
  "standing.restrictedProducts": flag({
    step: "standing",
    text: {
      "zh-CN": {
        label: "产品属于禁止、限制或淘汰类",
        question: "主要产品或服务是否属于国家禁止、限制或淘汰类目录？",
        help: "对照《产业结构调整指导目录》中的限制类、淘汰类及其他国家禁止类目录。",
      },
      en: {
        label: "Products in a prohibited, restricted or phase-out catalogue",
        question: "Are its main products or services in a national prohibited, restricted or phase-out catalogue?",
        help: "Compare with the restricted and phase-out categories of the Catalogue for Guiding Industry Restructuring and other national prohibition lists.",
      },
    },
  }),
  "standing.majorIncident3y": flag({
    step: "standing",
    text: {
      "zh-CN": {
        label: "近三年较大事故或违法行为",
        question:
          "近三年是否发生过较大生产安全事故、重大网络和数据安全事件、严重质量问题、重大环境污染事故，或偷漏税等违法违规行为？",
        help: "按 2026 年办法的表述作答。2022 年标准的表述为“重大安全（含网络安全、数据安全）、质量、环境污染事故”，范围更窄。",
      },
      en: {
        label: "Serious incident or violation in the last three years",
        question:
          "In the last three years, has it had a serious production-safety accident, a major network or data security incident, a serious quality problem, a major environmental incident, or evaded tax?",
        help: "Answer in the words of the 2026 measures. The 2022 rules spoke more narrowly of major safety (including network and data security), quality or environmental incidents.",
      },
    },
  }),
};
