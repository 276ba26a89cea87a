import { count } from "../define";

export const peopleFacts = {
  "people.employees": count("人", {
    step: "people",
    text: {
      "zh-CN": { label: "从业人员数", question: "上年度从业人员数", help: "年平均或年末从业人员数，含劳务派遣人员。" },
      en: {
        label: "Employees",
        question: "Employees last year",
        help: "Average or year-end headcount, including agency workers.",
      },
    },
  }),
  "people.rdStaff": count("人", {
    step: "people",
    text: {
      "zh-CN": {
        label: "研发人员数",
        question: "上年度研发人员数",
        help: "直接从事研发活动的人员，含研发管理和辅助人员。",
      },
      en: {
        label: "R&D staff",
        question: "R&D staff last year",
        help: "People working directly in R&D, including its management and support.",
      },
    },
  }),
};
