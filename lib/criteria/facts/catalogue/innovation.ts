import { choice, ranged } from "../define";

export const innovationFacts = {
  "innovation.rdInstitution": choice(
    {
      none: { "zh-CN": "没有研发机构", en: "None" },
      "below-municipal": { "zh-CN": "市级以下", en: "Below municipal level" },
      municipal: { "zh-CN": "市级", en: "Municipal" },
      provincial: { "zh-CN": "省级", en: "Provincial" },
      national: { "zh-CN": "国家级", en: "National" },
    },
    {
      step: "innovation",
      text: {
        "zh-CN": {
          label: "研发机构级别",
          question: "企业研发机构的最高级别",
          help: "如企业技术中心、工程（技术）研究中心、重点实验室等的认定级别。",
        },
        en: {
          label: "Level of the R&D institution",
          question: "Highest level of the company's R&D institution",
          help: "E.g. the recognised level of its enterprise technology centre, engineering research centre or key laboratory.",
        },
      },
    },
  ),
  "innovation.scienceAward": choice(
    {
      none: { "zh-CN": "未获得", en: "None" },
      provincial: { "zh-CN": "省级科技奖", en: "Provincial award" },
      "provincial-top3": {
        "zh-CN": "省级科技奖（企业为前三完成单位）",
        en: "Provincial award, company among the top three units",
      },
      national: { "zh-CN": "国家级科技奖", en: "National award" },
      "national-top3": {
        "zh-CN": "国家级科技奖（企业为前三完成单位）",
        en: "National award, company among the top three units",
      },
    },
    {
      step: "innovation",
      text: {
        "zh-CN": {
          label: "近三年最高科技奖励",
          question: "近三年获得的最高科技奖励",
          help: "省级包括省部级科技奖励；“前三”指企业在获奖单位中排名前三。",
        },
        en: {
          label: "Best S&T award in the last three years",
          question: "Best science and technology award in the last three years",
          help: 'Provincial includes ministerial awards; "top three" means the company ranked among the first three of the award\'s units.',
        },
      },
    },
  ),
  "innovation.nationalAwardRank": ranged("number", "位", {
    step: "innovation",
    min: 4,
    integer: true,
    rangeCode: "rank_min",
    askIf: { path: "innovation.scienceAward", equals: "national" },
    text: {
      "zh-CN": {
        label: "国家级科技奖励中企业的排名",
        question: "企业在该国家级科技奖励获奖单位中排第几位？",
        help: "获奖证书上完成单位的排序。2022 年省级专精特新标准：国家级科技奖励排名前五即可直接认定。",
      },
      en: {
        label: "Company's place among the national award's units",
        question: "Where does the company rank among the units of that national award?",
        help: "The order of the units on the award certificate. The 2022 provincial standard recognises directly a national award with the company among the first five units.",
      },
    },
  }),
  "innovation.makerChina": choice(
    {
      none: { "zh-CN": "未获奖", en: "No award" },
      top500: { "zh-CN": "全国 500 强企业组", en: "National top 500" },
      top50: { "zh-CN": "全国 50 强企业组", en: "National top 50" },
    },
    {
      step: "innovation",
      text: {
        "zh-CN": {
          label: "“创客中国”大赛成绩",
          question: "近三年在“创客中国”中小企业创新创业大赛中的成绩",
          help: "全国总决赛企业组的名次；地方赛的名次不计入。",
        },
        en: {
          label: "Maker China result",
          question: "Result in the Maker China (创客中国) SME competition in the last three years",
          help: "The place in the national final's enterprise group; regional rounds do not count.",
        },
      },
    },
  ),
};
