import { count, flag, percent, ranged, text } from "../define";

export const marketFacts = {
  // Not a criterion: it names the niche the shares and ranks below are about, and finds designated
  // firms with similar products for the comparison. Optional in the API like every fact.
  "market.mainProduct": text({
    step: "market",
    text: {
      "zh-CN": {
        label: "主导产品",
        question: "贵公司的主导产品是什么？",
        help: "写出收入最多的产品或服务的通用名称，例如“精密轴承”“工业软件”；下面的细分市场问题都指这一产品。也用于查找主导产品相近的已认定企业。",
      },
      en: {
        label: "Main product",
        question: "What is the company's main product?",
        help: 'The common name of the product or service that earns the most, e.g. "precision bearings" or "industrial software"; the niche-market questions below are about it. Also used to find designated firms with similar products.',
      },
    },
  }),
  "market.nicheYears": count("年", {
    step: "market",
    text: {
      "zh-CN": { label: "从事特定细分市场年限", help: "截至上年末，在主导产品所属细分市场持续经营的完整年数。" },
      en: {
        label: "Years in the niche market",
        help: "Full years of continuous business in the main product's niche market up to the end of last year.",
      },
    },
  }),
  "market.shareDomestic": percent({
    step: "market",
    text: {
      "zh-CN": {
        label: "全国细分市场占有率",
        question: "主导产品在全国细分市场的占有率",
        help: "按行业协会、权威研究机构数据或企业测算填写，填 0 到 100 之间的百分数。",
      },
      en: {
        label: "Share of the national niche market",
        question: "Main product's share of the national niche market",
        help: "From an industry association, a recognised research institute or your own estimate, as a percentage from 0 to 100.",
      },
    },
  }),
  "market.shareInternational": percent({
    step: "market",
    text: {
      "zh-CN": {
        label: "全球细分市场占有率",
        question: "主导产品在全球细分市场的占有率",
        help: "数据来源同上；没有出口或不掌握的可选“不知道”。",
      },
      en: {
        label: "Share of the international niche market",
        question: "Main product's share of the international niche market",
        help: 'Sources as above; choose "Don\'t know" if you do not export or do not know.',
      },
    },
  }),
  "market.nationalRank": ranged("number", "位", {
    step: "market",
    min: 1,
    integer: true,
    rangeCode: "rank_min",
    text: {
      "zh-CN": {
        label: "全国细分市场排名",
        question: "主导产品在全国细分市场的排名",
        help: "第一名填 1。",
      },
      en: {
        label: "Rank in the national niche market",
        question: "Main product's rank in the national niche market",
        help: "Enter 1 for first place.",
      },
    },
  }),
  "market.provincialRank": ranged("number", "位", {
    step: "market",
    min: 1,
    integer: true,
    rangeCode: "rank_min",
    // A national rank of 3 or better is a provincial rank of 3 or better: asked only otherwise.
    askIf: { path: "market.nationalRank", above: 3, whenUnknown: true },
    text: {
      "zh-CN": {
        label: "本省细分市场排名",
        question: "主导产品在本省细分市场的排名",
        help: "第一名填 1。2018 至 2021 年的“小巨人”条件要求主导产品细分市场占有率位于全省前 3 位。",
      },
      en: {
        label: "Rank in the province's niche market",
        question: "Main product's rank in the province's niche market",
        help: "Enter 1 for first place. The Little Giant conditions of 2018 to 2021 asked for a top-three place in the province.",
      },
    },
  }),
  "market.ownBrand": flag({
    step: "market",
    text: {
      "zh-CN": {
        label: "自主品牌",
        question: "是否拥有面向市场的自主品牌？",
        help: "企业自有、用于主导产品的注册商标或品牌。",
      },
      en: {
        label: "Own brand",
        question: "Does it own a market-facing brand of its own?",
        help: "A registered trademark or brand of its own, used for the main product.",
      },
    },
  }),
};
