import { date, flag, industry, province, text, uscc } from "../define";

export const companyFacts = {
  "company.name": text({
    step: "company",
    unknownAllowed: false,
    text: {
      "zh-CN": { label: "企业名称", help: "与营业执照一致。" },
      en: { label: "Company name", help: "As on the business licence." },
    },
  }),
  "company.uscc": uscc({
    step: "company",
    text: {
      "zh-CN": { label: "统一社会信用代码", help: "营业执照上的 18 位代码，例如 91350100M000100Y43。" },
      en: {
        label: "Unified social credit code (USCC)",
        help: "The 18-character code on the business licence, e.g. 91350100M000100Y43.",
      },
    },
  }),
  "company.province": province({
    step: "company",
    text: {
      "zh-CN": { label: "注册地所在省份", help: "计划单列市（大连、青岛、宁波、厦门、深圳）请选所在省。" },
      en: {
        label: "Province of registration",
        help: "For the cities with separate plans (Dalian, Qingdao, Ningbo, Xiamen, Shenzhen) choose their province.",
      },
    },
  }),
  "company.industryCode": industry({
    step: "company",
    text: {
      "zh-CN": {
        label: "所属行业（国民经济行业分类）",
        help: "按 GB/T 4754-2017 填写主营业务所属行业。可以输入代码或名称搜索，例如“C34”或“通用设备”；越细越好，如 C3484。",
      },
      en: {
        label: "Industry (national industry classification)",
        help: 'The GB/T 4754-2017 class of your main business. Search by code or name, e.g. "C34" or "machinery"; the finer the better, e.g. C3484.',
      },
    },
  }),
  "company.legalPerson": flag({
    step: "company",
    text: {
      "zh-CN": {
        label: "境内注册的独立法人",
        question: "是否在中国境内（不含港澳台）注册登记、具有独立法人资格？",
        help: "以营业执照为准；分公司、办事处等不具有独立法人资格的机构不能申报。",
      },
      en: {
        label: "Independent legal person registered in mainland China",
        question: "Is the company registered in mainland China as an independent legal person?",
        help: "As on the business licence; branches and representative offices are not independent legal persons and cannot apply.",
      },
    },
  }),
  "company.foundedOn": date({
    step: "company",
    text: {
      "zh-CN": { label: "成立日期", help: "营业执照上的成立日期。" },
      en: { label: "Date of incorporation", help: "The date on the business licence." },
    },
  }),
};
