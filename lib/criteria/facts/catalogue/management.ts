import { flag, level } from "../define";

export const managementFacts = {
  "management.digitalLevel": level(
    "级",
    {
      0: { "zh-CN": "未达到一级", en: "Below level 1" },
      1: { "zh-CN": "一级", en: "Level 1" },
      2: { "zh-CN": "二级", en: "Level 2" },
      3: { "zh-CN": "三级", en: "Level 3" },
      4: { "zh-CN": "四级", en: "Level 4" },
    },
    {
      step: "management",
      rangeCode: "digital_level_range",
      text: {
        "zh-CN": {
          label: "中小企业数字化水平",
          question: "中小企业数字化水平评测等级",
          help: "按《中小企业数字化水平评测指标》评测的等级；未评测请选“不知道”。",
        },
        en: {
          label: "SME digitalisation level",
          help: 'The level from the official SME digitalisation assessment; choose "Don\'t know" if not assessed.',
        },
      },
    },
  ),
  "management.coreProcessOnInfoSystem": flag({
    step: "management",
    text: {
      "zh-CN": {
        label: "核心业务采用信息系统",
        question: "研发设计、生产制造、供应链管理等核心业务中，是否至少有一项采用信息系统支撑？",
        help: "如 PLM、MES、ERP、SCM 等系统实际用于该项业务。",
      },
      en: {
        label: "Core process on an information system",
        question: "Does at least one core process (R&D design, production, supply chain) run on an information system?",
        help: "E.g. a PLM, MES, ERP or SCM system actually used for that process.",
      },
    },
  }),
  "management.qualityCertification": flag({
    step: "management",
    text: {
      "zh-CN": {
        label: "管理体系认证",
        question: "是否通过质量管理体系等管理体系认证（如 ISO 9001）？",
        help: "有效期内的质量、环境、职业健康安全等管理体系认证证书。",
      },
      en: {
        label: "Management-system certification",
        question: "Does it hold a management-system certification (e.g. ISO 9001)?",
        help: "A valid quality, environmental, occupational health and safety or similar management-system certificate.",
      },
    },
  }),
  "management.overseasProductCertification": flag({
    step: "management",
    text: {
      "zh-CN": {
        label: "发达国家或地区产品认证",
        question: "是否有产品通过发达国家或地区的产品认证？",
        help: "如欧盟 CE、美国 UL 或 FDA 等国际通行的产品认证。",
      },
      en: {
        label: "Product certification in a developed country",
        question: "Is any product certified in a developed country or region?",
        help: "E.g. the EU's CE, or UL or FDA in the United States.",
      },
    },
  }),
  "management.productsToStandard": flag({
    step: "management",
    text: {
      "zh-CN": {
        label: "主导产品执行国际、国家或行业标准",
        question: "主导产品的生产是否执行已发布的国际标准、国家标准或行业标准？",
        help: "2018 至 2021 年的“小巨人”条件中，可替代管理体系认证。企业标准不计入。",
      },
      en: {
        label: "Main products made to an international, national or industry standard",
        question: "Are the main products made to a published international, national or industry standard?",
        help: "In the Little Giant conditions of 2018 to 2021 this could replace a management-system certification. A company's own standard does not count.",
      },
    },
  }),
  "management.qualityAward": flag({
    step: "management",
    text: {
      "zh-CN": {
        label: "省级及以上质量奖",
        question: "是否获得省级及以上质量奖？",
        help: "如中国质量奖、省长质量奖等政府质量奖。",
      },
      en: {
        label: "Provincial or higher quality award",
        question: "Has it won a provincial or higher quality award?",
        help: "A government quality award such as the China Quality Award or a provincial governor's quality award.",
      },
    },
  }),
  "management.standardsDrafted": flag({
    step: "management",
    text: {
      "zh-CN": {
        label: "参与制修订标准",
        question: "是否参与制定或修订国家、行业或团体标准？",
        help: "以标准文本中列出的起草单位为准。",
      },
      en: {
        label: "Took part in drafting standards",
        question: "Has it taken part in drafting or revising a national, industry or group standard?",
        help: "As listed among the drafting organisations in the standard's text.",
      },
    },
  }),
  "management.timeHonouredBrand": flag({
    step: "management",
    text: {
      "zh-CN": {
        label: "中华老字号",
        question: "是否为“中华老字号”？",
        help: "商务部认定的中华老字号名录中的企业。",
      },
      en: {
        label: "China Time-honoured Brand",
        question: "Is it a China Time-honoured Brand (中华老字号)?",
        help: "On the list of China Time-honoured Brands recognised by the Ministry of Commerce.",
      },
    },
  }),
};
