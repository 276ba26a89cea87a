import { size } from "./sme-size.cases";
import type { Case } from "./types";

// common.sme-size: how a GB/T 4754-2017 code maps to the 2011 standard's industries (the statistics
// bureau's 2017 method), and the industries outside the standard (criteria.md section 3).

const R = "miit-2026";

export const smeSizeMappingCases: Case[] = [
  // The 2017 mapping: G591 loading and unloading is transport, G592-G599 warehousing.
  {
    name: "G5910 loading: transport ceilings, staff just below 1000",
    ruleset: R,
    facts: size("G5910", 999, 50000),
    outcomes: { "common.sme-size": "met" },
  },
  {
    name: "G5910 loading: at the transport ceilings",
    ruleset: R,
    facts: size("G5910", 1000, 30000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "G5920 cold storage: warehousing ceilings, 200 staff is not below",
    ruleset: R,
    facts: size("G5920", 200, 30000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "G59 alone: transport and warehousing agree",
    ruleset: R,
    facts: size("G59", 150, 20000),
    outcomes: { "common.sme-size": "met" },
  },
  {
    name: "G59 alone: 500 staff and 40000 revenue is an SME in transport, not in warehousing",
    ruleset: R,
    facts: size("G59", 500, 40000),
    outcomes: { "common.sme-size": "unknown" },
  },
  // Outside the 2011 standard: a reviewer decides, whatever the figures.
  ...(
    [
      ["G5311", "railway"],
      ["G53", "railway"],
      ["K7040", "own-property"],
      ["J6620", "finance"],
      ["J66", "finance"],
      ["P8331", "education"],
      ["Q8311", "health"],
      ["Q8421", "health"],
      ["S9221", "public-administration"],
      ["T9600", "international"],
    ] as const
  ).map(([code, why]): Case => ({
    name: `${code} is outside the size standard (${why}): manual`,
    ruleset: R,
    facts: size(code, 10, 100),
    outcomes: { "common.sme-size": "manual" },
    sizeClass: null,
    outside: why,
  })),
  {
    name: 'Q8510 social work is "other": 299 staff is an SME',
    ruleset: R,
    facts: size("Q8510", 299, 900000),
    outcomes: { "common.sme-size": "met" },
  },
  {
    name: 'K7030 and K7090 are "other": 300 staff is not an SME',
    ruleset: R,
    facts: size("K7090", 300, 100),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: 'K7030 real-estate agency is "other"',
    ruleset: R,
    facts: size("K7030", 299, 900000),
    outcomes: { "common.sme-size": "met" },
  },
];
