import { GLOSSARY_EN as G } from "./glossary";
import type { Terms } from "./terms-type";

export const termsEn: Terms = {
  tiers: {
    "innovative-sme": G.innovativeSme,
    "specialized-sme": G.srdiSmeFull,
    "little-giant": G.littleGiantFull,
  },
  tiersByRuleset: { "miit-2026": { "innovative-sme": G.techInnovativeSme } },
  scoreTotal: "Score",
  scoreOf: "{part} score",
  gapTemplates: {
    "increase.万元": "{metric} must rise by {shortfall} 万元 to reach {target}",
    "increase.%": "{metric} must rise by {shortfall} percentage points to reach {target}",
    "increase.年": "{metric} is {shortfall} year(s) short of {target}",
    "increase.项": "{metric} needs {shortfall} more to reach {target}",
    "increase.分": "{metric} must rise by {shortfall} points to reach {target}",
    "decrease.%": "{metric} must fall by {shortfall} percentage points to {target} or less",
    "rank.位": "{metric} must improve by {shortfall} place(s) to reach the top {target}",
    "below.人": "{metric} must be fewer than {target} (now {actual})",
    "below.万元": "{metric} must be below {target} (now {actual})",
  },
  score: {
    innovation: "Innovation",
    growth: "Growth",
    specialisation: "Specialisation",
    refinement: "Refinement",
    distinctiveness: "Distinctiveness",
    ip: "Intellectual property",
    rdIntensity: "R&D intensity",
    mainRevenueGrowth: "Main-revenue growth last year",
    debtRatio: "Debt ratio",
    field: "Field of the main product",
    mainBusinessShare: "Main-business share",
    mainRevenueGrowth2y: "2-year average main-revenue growth",
    nicheYears: "Years in the niche market",
    digitalLevel: "Digitalisation level",
    quality: "Quality management",
    netMargin: "Net margin",
    provincialLocal: "Provincial distinctiveness",
    rdInput: "R&D input",
    rdStaffShare: "R&D staff share",
    rdInstitution: "R&D institution level",
  },
  sizeIndustries: {
    agriculture: "Agriculture, forestry, animal husbandry and fishery",
    industry: "Industry",
    construction: "Construction",
    wholesale: "Wholesale",
    retail: "Retail",
    transport: "Transport",
    warehousing: "Warehousing",
    postal: "Postal services",
    accommodation: "Accommodation",
    catering: "Catering",
    "information-transmission": "Information transmission",
    "software-it": "Software and IT services",
    "real-estate-development": "Real-estate development",
    "property-management": "Property management",
    "leasing-business-services": "Leasing and business services",
    other: "Other industries",
  },
  sizeOutside: {
    railway:
      'Railway transport is outside the SME size standard (it covers "transport, except railway transport"): the authority judges the firm\'s size',
    "own-property":
      "Managing one's own real estate (K7040) is not an industry of the SME size standard: the authority judges the firm's size",
    finance:
      "Finance is not covered by the SME size standard (it has its own standard of 2015): the authority judges the firm's size",
    education: "Education is not an industry of the SME size standard: the authority judges the firm's size",
    health: "Health (Q83, Q84) is not an industry of the SME size standard: the authority judges the firm's size",
    "public-administration":
      "Public administration, social security and social organisations are not industries of the SME size standard: the authority judges",
    international: "International organisations are not an industry of the SME size standard: the authority judges",
  },
  rulesetReasons: {
    requested: "Evaluated under the rule set chosen",
    in_force: "Evaluated under the rule set in force on the day of the evaluation",
    review_year:
      "The {year} reviews still follow the {title}, as {notice} says, so this review is evaluated under them",
  },
  sizeClasses: {
    large: "Large enterprise",
    medium: "Medium enterprise",
    small: "Small enterprise",
    micro: "Micro enterprise",
  },
};
