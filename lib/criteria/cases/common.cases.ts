import type { Case } from "./types";

// common.legal-person and common.good-standing, and empty facts, in every rule set.

export const commonCases: Case[] = [
  {
    name: "base record: every tier of miit-2026",
    ruleset: "miit-2026",
    verdicts: { "innovative-sme": "eligible", "specialized-sme": "undetermined", "little-giant": "eligible" },
    tiers: ["innovative-sme", "specialized-sme", "little-giant"],
    score: { "innovative-sme": [95, 95] },
  },
  {
    name: "base record: every tier of miit-2022",
    ruleset: "miit-2022",
    verdicts: { "innovative-sme": "eligible", "specialized-sme": "eligible", "little-giant": "eligible" },
    tiers: ["innovative-sme", "specialized-sme", "little-giant"],
    score: { "innovative-sme": [95, 95], "specialized-sme": [93, 93] },
  },
  {
    name: "base record: miit-2018 has only little-giant",
    ruleset: "miit-2018",
    verdicts: { "little-giant": "eligible" },
    tiers: ["little-giant"],
  },
  {
    name: "not a legal person fails every tier",
    ruleset: "miit-2026",
    facts: { company: { legalPerson: false } },
    outcomes: { "common.legal-person": "not_met" },
    verdicts: { "innovative-sme": "not_eligible", "specialized-sme": "not_eligible", "little-giant": "not_eligible" },
    gaps: { "common.legal-person": null },
  },
  {
    name: "legal person unknown",
    ruleset: "miit-2022",
    facts: { company: { legalPerson: null } },
    outcomes: { "common.legal-person": "unknown" },
    verdicts: { "innovative-sme": "undetermined", "specialized-sme": "undetermined", "little-giant": "undetermined" },
  },
  {
    name: "on the dishonest list",
    ruleset: "miit-2018",
    facts: { standing: { dishonestList: true } },
    outcomes: { "common.good-standing": "not_met" },
    verdicts: { "little-giant": "not_eligible" },
  },
  {
    name: "major incident unknown",
    ruleset: "miit-2026",
    facts: { standing: { majorIncident3y: null } },
    outcomes: { "common.good-standing": "unknown" },
    verdicts: { "innovative-sme": "undetermined", "little-giant": "undetermined" },
  },
  {
    name: "restricted products",
    ruleset: "miit-2022",
    facts: { standing: { restrictedProducts: true } },
    outcomes: { "common.good-standing": "not_met" },
    verdicts: { "little-giant": "not_eligible" },
  },
  {
    name: "empty facts: everything undetermined under miit-2026",
    ruleset: "miit-2026",
    from: {},
    verdicts: { "innovative-sme": "undetermined", "specialized-sme": "undetermined", "little-giant": "undetermined" },
    outcomes: {
      "common.sme-size": "unknown",
      "ssme.market-share": "manual",
      "lg.growth": "unknown",
      "ism.score": "unknown",
    },
    score: { "innovative-sme": [5, 100] },
  },
  {
    name: "empty facts: miit-2018",
    ruleset: "miit-2018",
    from: {},
    verdicts: { "little-giant": "undetermined" },
    outcomes: { "lg.operating-years": "unknown", "lg.revenue-window": "unknown" },
    tiers: ["little-giant"],
  },
  {
    name: "empty facts: miit-2020",
    ruleset: "miit-2020",
    from: {},
    verdicts: { "little-giant": "undetermined" },
    outcomes: { "lg.operating-years": "unknown", "lg.classified": "unknown", "lg.market-share": "unknown" },
    tiers: ["little-giant"],
  },
];
