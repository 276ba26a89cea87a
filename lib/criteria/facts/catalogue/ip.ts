import { count } from "../define";

// Class I and II intellectual property as the standards define them (criteria.md section 1).

const hasClassOne = { path: "ip.classOne", above: 0 } as const;

export const ipFacts = {
  "ip.classOne": count("项", {
    step: "ip",
    text: {
      "zh-CN": {
        label: "Ⅰ类知识产权",
        question: "与主导产品相关的Ⅰ类知识产权数量",
        help: "发明专利（含国防专利）、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权；须已授权并用于主导产品。受让取得的不计入（2026 年标准）。",
      },
      en: {
        label: "Class I intellectual property",
        question: "Class I intellectual property tied to the main product",
        help: "Invention patents (incl. defence), new plant varieties, national crop varieties, national new drugs, first-grade protected TCM varieties, IC layout designs; granted and used in the main product. Bought-in IP does not count (2026 rules).",
      },
    },
  }),
  "ip.classOneHighValue": count("项", {
    step: "ip",
    askIf: hasClassOne,
    text: {
      "zh-CN": {
        label: "其中高价值知识产权",
        question: "其中高价值知识产权数量",
        help: "如在海外有同族专利、维持年限超过 10 年、获得中国专利奖等的发明专利。",
      },
      en: {
        label: "Of which high-value",
        question: "Of which high-value (高价值)",
        help: "E.g. invention patents with foreign family members, maintained over 10 years, or holding a China Patent Award.",
      },
    },
  }),
  "ip.classOneSelfDeveloped": count("项", {
    step: "ip",
    askIf: hasClassOne,
    text: {
      "zh-CN": {
        label: "其中自主研发",
        question: "其中自主研发获得的数量",
        help: "企业自己研发并申请获得的，不含受让、受赠或并购取得的。",
      },
      en: {
        label: "Of which self-developed",
        question: "Of which self-developed",
        help: "Developed and applied for by the company itself; not bought, received as a gift or acquired in a merger.",
      },
    },
  }),
  "ip.classTwo": count("项", {
    step: "ip",
    text: {
      "zh-CN": {
        label: "Ⅱ类知识产权",
        question: "与主导产品相关的Ⅱ类知识产权数量",
        help: "实用新型专利、外观设计专利、软件著作权等。2022 年标准：实用新型和外观设计自授权起满 2 年才计入，近一年内受让的不计入；2026 年标准：受让的不计入，且企业须为前三位权利人。",
      },
      en: {
        label: "Class II intellectual property",
        question: "Class II intellectual property tied to the main product",
        help: "Utility models, designs, software copyrights. 2022 rules: utility models and designs count from two years after grant, and IP transferred in within the last year does not count. 2026 rules: transferred IP does not count, and the company must be among the first three rights holders.",
      },
    },
  }),
  "ip.inventionPatents": count("项", {
    step: "ip",
    text: {
      "zh-CN": {
        label: "有效发明专利",
        question: "有效发明专利数量（含集成电路布图设计）",
        help: "用于对照 2018 年标准：截至上年末仍有效的发明专利和集成电路布图设计专有权。",
      },
      en: {
        label: "Valid invention patents",
        question: "Valid invention patents (incl. IC layout designs)",
        help: "Used for comparison with the 2018 rules: invention patents and IC layout designs still valid at the end of last year.",
      },
    },
  }),
};
