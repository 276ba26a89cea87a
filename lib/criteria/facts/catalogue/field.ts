import { choice, choices, flag } from "../define";

// The main product's field: 工业六基, 制造强国十大重点产业领域, 网络强国, the 2026 industry tracks.

export const fieldFacts = {
  "field.sixFoundations": choices(
    {
      "core-components": { "zh-CN": "核心基础零部件", en: "Core basic components" },
      "core-electronics": { "zh-CN": "核心基础元器件", en: "Core basic electronic components" },
      "key-software": { "zh-CN": "关键软件", en: "Key software" },
      "advanced-processes": { "zh-CN": "先进基础工艺", en: "Advanced basic processes" },
      "key-materials": { "zh-CN": "关键基础材料", en: "Key basic materials" },
      "tech-base": { "zh-CN": "产业技术基础", en: "Industrial technology base" },
    },
    {
      step: "field",
      text: {
        "zh-CN": {
          label: "“工业六基”领域",
          question: "主导产品属于哪些“工业六基”领域？",
          help: "可多选；都不属于请选“以上都不是”。",
        },
        en: {
          label: "Six industrial foundations",
          question: "Which of the six industrial foundations does the main product belong to?",
          help: 'Choose any that apply, or "None of these".',
        },
      },
    },
  ),
  "field.tenSectors": choices(
    {
      "next-gen-it": { "zh-CN": "新一代信息技术", en: "Next-generation information technology" },
      "cnc-robots": { "zh-CN": "高档数控机床和机器人", en: "High-end CNC machine tools and robots" },
      aerospace: { "zh-CN": "航空航天装备", en: "Aerospace equipment" },
      "marine-ships": { "zh-CN": "海洋工程装备及高技术船舶", en: "Ocean engineering equipment and high-tech ships" },
      rail: { "zh-CN": "先进轨道交通装备", en: "Advanced rail transport equipment" },
      nev: { "zh-CN": "节能与新能源汽车", en: "Energy-saving and new-energy vehicles" },
      "power-equipment": { "zh-CN": "电力装备", en: "Power equipment" },
      "agri-machinery": { "zh-CN": "农机装备", en: "Agricultural machinery" },
      "new-materials": { "zh-CN": "新材料", en: "New materials" },
      "biomed-devices": { "zh-CN": "生物医药及高性能医疗器械", en: "Biomedicine and high-performance medical devices" },
    },
    {
      step: "field",
      text: {
        "zh-CN": {
          label: "制造强国战略十大重点产业领域",
          question: "主导产品属于哪些制造强国战略十大重点产业领域？",
          help: "可多选；都不属于请选“以上都不是”。",
        },
        en: {
          label: "Ten key sectors of the manufacturing strategy",
          question: "Which of the ten key sectors of the manufacturing strategy does it belong to?",
          help: 'Choose any that apply, or "None of these".',
        },
      },
    },
  ),
  "field.cyberFields": choices(
    {
      "info-infrastructure": { "zh-CN": "信息基础设施", en: "Information infrastructure" },
      "key-core-tech": { "zh-CN": "关键核心技术", en: "Key core technologies" },
      "network-security": { "zh-CN": "网络安全", en: "Network security" },
      "data-security": { "zh-CN": "数据安全", en: "Data security" },
    },
    {
      step: "field",
      text: {
        "zh-CN": {
          label: "网络强国建设领域",
          question: "主导产品属于哪些网络强国建设领域？",
          help: "可多选；都不属于请选“以上都不是”。",
        },
        en: {
          label: "Cyberspace-power fields",
          question: "Which cyberspace-power fields does it belong to?",
          help: 'Choose any that apply, or "None of these".',
        },
      },
    },
  ),
  "field.industryTrack": choice(
    {
      traditional: { "zh-CN": "传统产业转型升级", en: "Upgrading a traditional industry" },
      emerging: { "zh-CN": "新兴产业", en: "Emerging industry" },
      future: { "zh-CN": "未来产业", en: "Future industry" },
      none: { "zh-CN": "都不属于", en: "None of these" },
    },
    {
      step: "field",
      text: {
        "zh-CN": {
          label: "产业方向",
          question: "主导产品属于哪类产业方向？",
          help: "2026 年标准的重点领域：服务传统产业转型升级、新兴产业或未来产业。",
        },
        en: {
          label: "Industrial direction",
          question: "Which industrial direction does the main product serve?",
          help: "The key fields of the 2026 rules: upgrading traditional industries, emerging industries or future industries.",
        },
      },
    },
  ),
  "field.strategicEmerging": flag({
    step: "field",
    text: {
      "zh-CN": {
        label: "战略性新兴产业",
        question: "主导产品是否属于《战略性新兴产业分类》？",
        help: "对照国家统计局《战略性新兴产业分类》。",
      },
      en: {
        label: "Strategic emerging industry",
        question: "Is the main product in the catalogue of strategic emerging industries?",
        help: "As in the National Bureau of Statistics' classification of strategic emerging industries.",
      },
    },
  }),
  "field.keyChainLink": flag({
    step: "field",
    text: {
      "zh-CN": {
        label: "位于产业链关键环节",
        question: "企业是否位于产业链关键环节？",
        help: "主导产品是产业链上难以替代、影响链条安全的环节。",
      },
      en: {
        label: "At a key link of an industrial chain",
        question: "Does the company sit at a key link of an industrial chain?",
        help: "The main product is a hard-to-replace link on which the chain's security depends.",
      },
    },
  }),
  "field.chainRoles": choices(
    {
      "fill-weak-link": { "zh-CN": "补短板", en: "Strengthening a weak link (补短板)" },
      "strengthen-strong-link": { "zh-CN": "锻长板", en: "Extending a strong link (锻长板)" },
      "fill-gap": { "zh-CN": "填补空白", en: "Filling a gap (填空白)" },
    },
    {
      step: "field",
      text: {
        "zh-CN": {
          label: "在产业链中的作用",
          question: "企业在产业链中发挥了哪些作用？",
          help: "可多选；都没有请选“以上都不是”。",
        },
        en: {
          label: "Role in the industrial chain",
          question: "What role does it play in the chain?",
          help: 'Choose any that apply, or "None of these".',
        },
      },
    },
  ),
  "field.suppliesChainLeader": flag({
    step: "field",
    text: {
      "zh-CN": {
        label: "为产业链龙头企业配套",
        question: "是否为产业链龙头企业配套？",
        help: "主导产品直接供应产业链龙头（链主）企业。",
      },
      en: {
        label: "Supplies a chain leader",
        question: "Does it supply a chain-leading enterprise?",
        help: "The main product is supplied directly to the chain's leading enterprise.",
      },
    },
  }),
};
