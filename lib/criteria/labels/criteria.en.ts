import type { CriterionId, RulesetId } from "../types";

// Criterion labels and explanations in English; {name} as in criteria.zh-CN.ts.

export const labelsEn: Record<CriterionId, string> = {
  "common.sme-size": "SME size",
  "common.legal-person": "Independent legal person registered in mainland China",
  "common.good-standing": "Good standing and compliance",
  "ism.direct": "Direct recognition",
  "ism.score": "Innovative-SME score",
  "ism.tech-sme": "Listed as a technology-based SME",
  "ssme.prior-title": "Already a technology-based and innovative SME",
  "ssme.niche-years": "Years in the niche market",
  "ssme.scale": "Revenue or equity financing",
  "ssme.main-business-share": "Main-business share of revenue",
  "ssme.debt-ratio": "Debt ratio",
  "ssme.rd": "R&D investment",
  "ssme.ip": "IP, S&T award or R&D institution",
  "ssme.market-share": "Niche-market share",
  "ssme.development-score": "SRDI development score",
  "ssme.score-or-direct": "Score or direct recognition",
  "lg.prior-title": "Already an SRDI SME",
  "lg.niche-years": "Years in the niche market",
  "lg.revenue": "Revenue",
  "lg.revenue-window": "Revenue range",
  "lg.main-business-share": "Main-business share of revenue",
  "lg.growth": "Growth",
  "lg.debt-ratio": "Debt ratio",
  "lg.rd-total": "R&D spend over the last 2 years",
  "lg.rd-intensity": "R&D intensity",
  "lg.ip": "Class I IP or national S&T award",
  "lg.market-position": "Niche-market position",
  "lg.field": "Key field and key link of an industrial chain",
  "lg.development-score": "SRDI development score",
  "lg.exclusions": "No exclusion applies",
  "lg.info-system": "Core processes on information systems",
  "lg.certification": "Management-system or product certification",
  "lg.market-share": "Niche-market share",
  "lg.brand": "Own brand",
  "lg.innovation": "Innovation capability",
  "lg.chain": "Industrial-chain role",
  "lg.operating-years": "Years in operation",
  "lg.rd-institution": "R&D institution",
  "lg.classified": "R&D condition by revenue class",
};

const common = {
  "common.sme-size":
    "An SME under the SME Size Standard: for its industry, below any one of the ceilings on employees, revenue or total assets",
  "common.legal-person": "Registered in mainland China with independent legal-person status",
  "common.good-standing":
    "Not on the abnormal-operations list or the serious-dishonesty list; no products or services in a prohibited, restricted or phase-out catalogue; no major safety (incl. network and data), quality or environmental incident, tax evasion or similar violation in the last 3 years",
} satisfies Partial<Record<CriterionId, string>>;

const standing2026 =
  "Not on the abnormal-operations list or the serious-dishonesty list; no products or services in a prohibited, restricted or phase-out catalogue; no serious production-safety accident, major network or data security incident, serious quality problem, major environmental incident, tax evasion or similar violation in the last 3 years";

const lgRdTiers =
  "With revenue last year of {revenueUpper} 万元 or more, R&D spend of at least {intensityUpper}% of revenue in each of the last 2 years; from {revenueLower} to under {revenueUpper} 万元, at least {intensityMiddle}%; under {revenueLower} 万元, equity financing of {smallEquityFinancing2y} 万元 or more over the last 2 years, R&D spend of {smallRdTotal} 万元 or more over the 2 years and R&D staff at least {smallRdStaffShare}% of employees";

// The Little Giant conditions of batches 1 to 3 (381号 and the 2020, 2021 notices).
const before2022 = {
  "lg.prior-title": "In principle an SRDI SME recognised or cultivated by the provincial SME authority",
  "lg.operating-years": "In continuous operation for at least {minYears} years by the end of last year",
  "lg.debt-ratio": "Debt ratio of {maxRatio}% or less",
  "lg.niche-years": "At least {minYears} years in a specific niche market",
  "lg.main-business-share": "Main business revenue at least {minShare}% of revenue",
  "lg.market-share":
    "The main product's niche-market share ranks in the top {maxProvincialRank} of the province (a national top {maxProvincialRank} counts too)",
  "lg.ip":
    "At least {minInventionPatents} valid invention patents (incl. IC layout designs), or at least {minClassTwo} utility models, designs and software copyrights",
  "lg.rd-institution": "An R&D institution of its own or run jointly with a university or research institute",
  "lg.info-system": "At least one core process runs on an information system",
  "lg.brand": "Owns an own brand",
  "lg.certification":
    "A relevant management-system certification, or main products made to an international, national or industry standard, or a product certified in a developed country or region",
  "lg.field": "Main product in the industrial foundation fields or the ten key manufacturing sectors",
} satisfies Partial<Record<CriterionId, string>>;

export const explanationsEn: Record<RulesetId, Partial<Record<CriterionId, string>>> = {
  "miit-2026": {
    ...common,
    "common.good-standing": standing2026,
    "ism.tech-sme":
      "Listed this year as a technology-based SME (科技型中小企业): under the 2026 measures it is in the technology-based and innovative SME tier (any one of direct recognition, the score or this suffices)",
    "ssme.prior-title":
      "Holds a valid technology-based and innovative (innovative) SME title, or is listed this year as a technology-based SME",
    "ssme.niche-years": "At least {minYears} years in a specific niche market",
    "ssme.scale":
      "Revenue last year of {minRevenue} 万元 or more, or new equity financing from qualified institutional investors of {minEquityFinancing2y} 万元 or more over the last 2 years",
    "ssme.main-business-share": "Main business revenue at least {minShare}% of revenue last year",
    "ssme.debt-ratio": "Debt ratio last year of {maxRatio}% or less",
    "ssme.rd":
      "R&D spend of at least {minExpense} 万元 and at least {minIntensity}% of revenue in each of the last 2 years",
    "ssme.ip":
      "At least {minClassOne} Class I IP item(s) tied to the main product, or a provincial-or-higher S&T award ranked in the top three in the last 3 years, or a provincial-or-higher R&D institution",
    "ssme.market-share":
      "A relatively high share of the niche market; the standard gives no number, so a reviewer decides",
    "ssme.development-score": "SRDI development score of at least {minScore}; in a review, either year suffices",
    "lg.prior-title": "Holds a valid provincial SRDI SME title",
    "lg.niche-years": "At least {minYears} years in a specific niche market",
    "lg.revenue": "Revenue last year of at least {minRevenue} 万元",
    "lg.main-business-share": "Main business revenue at least {minShare}% of revenue last year",
    "lg.growth": "2-year revenue CAGR of at least {minCagr}%; does not apply in a review",
    "lg.debt-ratio": "Debt ratio last year of {maxRatio}% or less",
    "lg.rd-total": "R&D spend of at least {minTotal} 万元 over the last 2 years",
    "lg.rd-intensity": "R&D spend at least {minIntensity}% of revenue in each of the last 2 years",
    "lg.ip":
      "At least {minClassOne} Class I IP items tied to the main product, or a national S&T award ranked in the top three in the last 3 years",
    "lg.market-position":
      "Domestic niche-market share of at least {minShareDomestic}%, or international share of at least {minShareInternational}%, or a national rank in the top {maxRank}",
    "lg.field":
      "Main product in one of the six foundation fields or in traditional-upgrading, emerging or future industries, and at a key link of an industrial chain",
    "lg.development-score": "SRDI development score of at least {minScore}; in a review, either year suffices",
    "lg.exclusions":
      "Not a manufacturing single-item champion, and neither controlling nor controlled by an existing Little Giant nor a group affiliate of one making similar main products; for new applications only, not in a review",
  },
  "miit-2022": {
    ...common,
    "ism.direct":
      "Any one of: a provincial-or-higher S&T award in the last 3 years; a valid high-tech enterprise certificate, or the title of national technology-innovation demonstration enterprise, IP advantage enterprise or IP demonstration enterprise; a provincial-or-higher R&D institution; new equity financing from qualified institutional investors of {minEquityFinancing3y} 万元 or more over the last 3 years",
    "ism.score":
      "A score of at least {passMark}, with innovation at least {minInnovation}, growth at least {minGrowth} and specialisation at least {minSpecialisation}",
    "ssme.niche-years": "At least {minYears} years in a specific niche market",
    "ssme.rd": "R&D expenditure last year of at least {minExpense} 万元 and at least {minIntensity}% of revenue",
    "ssme.scale":
      "Revenue last year of {minRevenue} 万元 or more, or new equity financing from qualified institutional investors of {minEquityFinancing2y} 万元 or more over the last 2 years",
    "ssme.score-or-direct":
      "A score of at least {passMark}, or any one of: in the last 3 years, a provincial S&T award ranked in the top three of its units, or a national one ranked in the top {directNationalAwardMaxRank}; average R&D spend of {directMeanRdExpense} 万元 or more over the last 2 years; equity financing of {directEquityFinancing2y} 万元 or more over the last 2 years; a national top-500 place in the Maker China contest in the last 3 years",
    "lg.prior-title": "Holds a valid provincial SRDI SME title",
    "lg.niche-years": "At least {minYears} years in a specific niche market",
    "lg.main-business-share": "Main business revenue at least {minShare}% of revenue last year",
    "lg.growth": "2-year average growth of main business revenue of at least {minGrowth}%",
    "lg.debt-ratio": "Debt ratio last year of {maxRatio}% or less",
    "lg.info-system": "At least one core process (R&D design, production, supply chain) runs on an information system",
    "lg.certification": "A management-system certification, or a product certified in a developed country or region",
    "lg.market-share": "Domestic niche-market share of the main product of at least {minShare}%",
    "lg.brand": "Owns a market-facing own brand",
    "lg.innovation": `${lgRdTiers}; an R&D institution and at least {minClassOne} Class I IP items. Or: a national S&T award ranked in the top three in the last 3 years, or a national top-50 place in the Maker China contest`,
    "lg.chain":
      "At a key link of an industrial chain, filling a weak link, strengthening a strong one or filling a gap",
    "lg.field":
      "Main product in the six foundation fields, the ten key manufacturing sectors or the cyber-power fields",
  },
  "miit-2020": {
    ...common,
    ...before2022,
    "lg.growth": "2-year average growth of main business revenue or of net profit of at least {minGrowth}%",
    "lg.classified": lgRdTiers,
  },
  "miit-2018": {
    ...common,
    ...before2022,
    "lg.revenue-window": "Revenue last year between {minRevenue} 万元 and {maxRevenue} 万元",
    "lg.growth": "2-year average growth of main business revenue or of net profit of at least {minGrowth}%",
  },
};
