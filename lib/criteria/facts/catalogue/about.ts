import { flag, ranged } from "../define";

export const aboutFacts = {
  assessmentYear: ranged("number", null, {
    step: "about",
    min: 2000,
    max: 2100,
    integer: true,
    rangeCode: "year_range",
    unknownAllowed: false,
    text: {
      "zh-CN": {
        label: "评价年度",
        help: "申报或复核的年度。“上年度”指此前最近一个完整会计年度：评价年度为 2026 年时，上年度为 2025 年。",
      },
      en: {
        label: "Assessment year",
        help: 'The year of the application or review. "Last year" is the last complete fiscal year: for 2026, last year is 2025.',
      },
    },
  }),
  review: flag({
    step: "about",
    unknownAllowed: false,
    text: {
      "zh-CN": {
        label: "三年期满复核",
        question: "本次自评是否用于已获称号的三年期满复核？",
        help: "称号有效期三年，期满复核。首次申报请选“否”。",
      },
      en: {
        label: "Three-yearly review",
        question: "Is this for the three-yearly review (复核) of a title you already hold?",
        help: 'Titles last three years and are then reviewed. Choose "No" for a first application.',
      },
    },
  }),
};
