import { noDirect, lowInnovation } from "./ism.cases";
import { merge, type Case } from "./types";

// The innovative SME's direct route: the honours it lists beside 高新技术企业, and, under miit-2026,
// a listed 科技型中小企业 as a third alternative (criteria.md). Patches as in ism.cases.ts.

export const ismDirectCases: Case[] = [
  // The direct route's other honours (国家级技术创新示范企业, 知识产权优势/示范企业) and, in 2026, 科技型中小企业.
  {
    name: "ism: an IP demonstration enterprise is recognised directly",
    ruleset: "miit-2022",
    facts: merge(noDirect, lowInnovation, { titles: { otherInnovationHonour: true } }),
    outcomes: { "ism.direct": "met", "ism.score": "not_met" },
    verdicts: { "innovative-sme": "eligible" },
  },
  {
    name: "ism: no high-tech certificate and the other honours unknown is unknown, not failed",
    ruleset: "miit-2022",
    facts: merge(noDirect, lowInnovation, { titles: { otherInnovationHonour: null } }),
    outcomes: { "ism.direct": "unknown" },
    verdicts: { "innovative-sme": "undetermined" },
  },
  {
    name: "ism 2026: a listed 科技型中小企业 is in the base tier when the others fail",
    ruleset: "miit-2026",
    facts: merge(noDirect, lowInnovation, { titles: { techSme: true } }),
    outcomes: { "ism.direct": "not_met", "ism.score": "not_met", "ism.tech-sme": "met" },
    verdicts: { "innovative-sme": "eligible" },
  },
  {
    name: "ism 2026: not listed either, the tier fails",
    ruleset: "miit-2026",
    facts: merge(noDirect, lowInnovation),
    outcomes: { "ism.tech-sme": "not_met" },
    verdicts: { "innovative-sme": "not_eligible" },
  },
  {
    name: "ism 2026: the listing unknown leaves the tier undetermined",
    ruleset: "miit-2026",
    facts: merge(noDirect, lowInnovation, { titles: { techSme: null } }),
    outcomes: { "ism.tech-sme": "unknown" },
    verdicts: { "innovative-sme": "undetermined" },
  },
  {
    name: "ism 2022: the 科技型中小企业 listing is no criterion",
    ruleset: "miit-2022",
    facts: merge(noDirect, lowInnovation, { titles: { techSme: true } }),
    verdicts: { "innovative-sme": "not_eligible" },
  },
  {
    name: "ism: R&D intensity exactly 5 % scores 20",
    ruleset: "miit-2022",
    facts: { finance: { rdExpense: { y1: 600 } } },
    score: { "innovative-sme": [95, 95] },
  },
  {
    name: "ism: R&D intensity 4.99 % scores 15",
    ruleset: "miit-2022",
    facts: { finance: { rdExpense: { y1: 598.8 } } },
    score: { "innovative-sme": [90, 90] },
  },
  {
    name: "ism: field unknown spans 5 points",
    ruleset: "miit-2022",
    facts: { field: { strategicEmerging: null } },
    score: { "innovative-sme": [90, 95] },
  },
  {
    name: "ism: no Class I IP makes its sub-counts zero",
    ruleset: "miit-2022",
    facts: { ip: { classOne: 0, classOneHighValue: null, classOneSelfDeveloped: null, classTwo: 2 } },
    score: { "innovative-sme": [80, 80] },
  },
];
