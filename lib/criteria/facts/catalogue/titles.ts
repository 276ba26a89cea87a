import { flag } from "../define";

export const titlesFacts = {
  "titles.innovativeSme": flag({
    step: "titles",
    text: {
      "zh-CN": {
        label: "创新型中小企业称号",
        question: "是否持有有效期内的创新型中小企业（科技和创新型中小企业）称号？",
        help: "由省级中小企业主管部门公告，有效期三年。",
      },
      en: {
        label: "Innovative SME title",
        question: "Does it hold a valid innovative SME (technology-based and innovative SME) title?",
        help: "Announced by the provincial SME authority; valid for three years.",
      },
    },
  }),
  "titles.specializedSme": flag({
    step: "titles",
    text: {
      "zh-CN": {
        label: "省级专精特新中小企业称号",
        question: "是否持有有效期内的省级专精特新中小企业称号？",
        help: "由省级中小企业主管部门认定并公告，有效期三年；申报“小巨人”须先持有。",
      },
      en: {
        label: "Provincial SRDI SME title",
        question: "Does it hold a valid provincial SRDI SME title?",
        help: "Recognised and announced by the provincial SME authority, valid for three years; required before applying as a Little Giant.",
      },
    },
  }),
  "titles.highTech": flag({
    step: "titles",
    text: {
      "zh-CN": {
        label: "高新技术企业证书",
        question: "是否持有有效期内的高新技术企业证书？",
        help: "科技部门认定的高新技术企业，证书有效期三年。",
      },
      en: {
        label: "High-tech enterprise certificate",
        question: "Does it hold a valid high-tech enterprise (高新技术企业) certificate?",
        help: "Recognised by the science and technology authorities; the certificate is valid for three years.",
      },
    },
  }),
  "titles.techSme": flag({
    step: "titles",
    text: {
      "zh-CN": {
        label: "科技型中小企业入库",
        question: "今年是否已入库科技型中小企业（科技部门的评价信息库）？",
        help: "在全国科技型中小企业信息服务平台评价入库并取得当年入库登记编号。按 2026 年办法，科技和创新型中小企业包括科技型中小企业。",
      },
      en: {
        label: "Listed as a technology-based SME",
        question:
          "Is it listed this year as a technology-based SME (科技型中小企业, in the science ministry's database)?",
        help: "Evaluated and registered this year on the national technology-based SME platform, with a registration number. Under the 2026 measures, the technology-based and innovative SME tier includes these firms.",
      },
    },
  }),
  "titles.otherInnovationHonour": flag({
    step: "titles",
    text: {
      "zh-CN": {
        label: "国家级技术创新示范企业或知识产权优势/示范企业",
        question: "是否持有有效期内的国家级技术创新示范企业、国家知识产权优势企业或国家知识产权示范企业称号？",
        help: "创新型中小企业的直接认定条件之一（与高新技术企业并列）。",
      },
      en: {
        label: "National technology-innovation demonstration or IP advantage / demonstration enterprise",
        question:
          "Does it hold, valid, the title of national technology-innovation demonstration enterprise, national IP advantage enterprise or national IP demonstration enterprise?",
        help: "One of the innovative SME's direct recognition conditions, beside the high-tech enterprise certificate.",
      },
    },
  }),
  "titles.singleItemChampion": flag({
    step: "titles",
    text: {
      "zh-CN": {
        label: "制造业单项冠军企业",
        question: "是否已被认定为制造业单项冠军企业？",
        help: "工业和信息化部认定的制造业单项冠军（含示范企业和单项冠军产品所属企业）。",
      },
      en: {
        label: "Manufacturing single-item champion",
        question: "Is it already a manufacturing single-item champion (单项冠军)?",
        help: "Recognised by MIIT as a manufacturing single-item champion (a demonstration enterprise or the maker of a champion product).",
      },
    },
  }),
  "titles.affiliatedWithLittleGiant": flag({
    step: "titles",
    text: {
      "zh-CN": {
        label: "与已认定“小巨人”企业存在关联",
        question: "是否与已认定的专精特新“小巨人”企业存在控股关系，或同属一个集团且主导产品相近？",
        help: "控股关系包括控股或被控股；同一集团内主导产品相近的企业也属此类。",
      },
      en: {
        label: "Affiliated with an existing Little Giant",
        question:
          "Is it in a controlling relationship with an existing Little Giant, or in the same group with similar main products?",
        help: "Controlling or controlled by one; firms of the same group making similar main products count too.",
      },
    },
  }),
};
