import { specializedSmeSeries } from "../../params/data/specialized-sme";
import { highest } from "../../params/series";
import { ranged } from "../define";

// The province's own distinctiveness points: at most what the 2022 provincial score gives them.
const PROVINCIAL_LOCAL_MAX = highest(specializedSmeSeries["ssme.score-or-direct"].provincialLocalMax);

export const scoresFacts = {
  "scores.development": ranged("score", "分", {
    step: "scores",
    min: 0,
    max: 100,
    rangeCode: "score_range",
    text: {
      "zh-CN": {
        label: "本年度专精特新发展评价得分",
        help: "工业和信息化部优质中小企业梯度培育平台根据企业填报数据计算的得分（满分 100 分）。",
      },
      en: {
        label: "This year's SRDI development score",
        help: "The score MIIT's platform computes from the company's data (out of 100).",
      },
    },
  }),
  "scores.developmentPrev": ranged("score", "分", {
    step: "scores",
    min: 0,
    max: 100,
    rangeCode: "score_range",
    askIf: { path: "review", is: true },
    text: {
      "zh-CN": { label: "上年度专精特新发展评价得分", help: "复核时，两个年度中任一年达到要求即可。" },
      en: {
        label: "Last year's SRDI development score",
        help: "In a review, either year reaching the mark is enough.",
      },
    },
  }),
  "scores.provincialLocal": ranged("number", "分", {
    step: "scores",
    min: 0,
    max: PROVINCIAL_LOCAL_MAX,
    rangeCode: "provincial_local_range",
    text: {
      "zh-CN": { label: "省级特色化指标得分", help: "所在省份自定特色化指标的得分。" },
      en: {
        label: "Provincial distinctiveness score",
        help: "The score on your province's own distinctiveness indicators.",
      },
    },
  }),
};
