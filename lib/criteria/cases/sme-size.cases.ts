import type { Case } from "./types";

// common.sme-size for every industry of criteria.md section 3: strict ceilings ("X以下"), "below
// EITHER ceiling", unknown inputs, ambiguous and missing industry codes, and the size class.
// revenue.y1 moves with mainRevenue.y1 so that the facts stay valid.

const R = "miit-2026";
export const size = (
  industryCode: string | null,
  employees: number | null,
  revenue: number | null,
  assets: number | null = 10000,
) => ({
  company: { industryCode },
  people: { employees, rdStaff: null },
  finance: {
    revenue: { y1: revenue },
    mainRevenue: { y1: revenue === null ? null : revenue * 0.95 },
    totalAssets: assets,
  },
});

export const smeSizeCases: Case[] = [
  { name: "industry: base is small", ruleset: R, outcomes: { "common.sme-size": "met" }, sizeClass: "small" },
  {
    name: "industry: both at the ceiling is not an SME",
    ruleset: R,
    facts: size("C3484", 1000, 40000),
    outcomes: { "common.sme-size": "not_met" },
    verdicts: { "innovative-sme": "not_eligible", "little-giant": "not_eligible" },
    sizeClass: "large",
    gaps: {
      "common.sme-size": { metric: "people.employees", shortfall: 1, zh: "从业人员数须少于 1,000 人（当前 1,000 人）" },
    },
  },
  {
    name: "industry: staff below suffices",
    ruleset: R,
    facts: size("C3484", 999, 50000),
    outcomes: { "common.sme-size": "met" },
    sizeClass: "medium",
  },
  {
    name: "industry: revenue below suffices",
    ruleset: R,
    facts: size("C34", 1200, 39999.99),
    outcomes: { "common.sme-size": "met" },
  },
  {
    name: "industry: unknown staff, revenue below",
    ruleset: R,
    facts: size("C3484", null, 30000),
    outcomes: { "common.sme-size": "met" },
    sizeClass: null,
  },
  {
    name: "industry: unknown staff, revenue above",
    ruleset: R,
    facts: size("C3484", null, 50000),
    outcomes: { "common.sme-size": "unknown" },
  },
  {
    name: "industry: micro below 20 staff",
    ruleset: R,
    facts: size("B0610", 15, 5000),
    outcomes: { "common.sme-size": "met" },
    sizeClass: "micro",
  },
  {
    name: "agriculture: revenue just below",
    ruleset: R,
    facts: size("A0111", 5000, 19999),
    outcomes: { "common.sme-size": "met" },
    sizeClass: "medium",
  },
  {
    name: "agriculture: revenue at ceiling",
    ruleset: R,
    facts: size("A01", 50, 20000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "construction: assets below",
    ruleset: R,
    facts: size("E4710", 3000, 90000, 79999),
    outcomes: { "common.sme-size": "met" },
  },
  {
    name: "construction: both at ceiling",
    ruleset: R,
    facts: size("E47", 30, 80000, 80000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "wholesale: at both ceilings",
    ruleset: R,
    facts: size("F5171", 200, 40000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "wholesale: staff below",
    ruleset: R,
    facts: size("F517", 199, 40000),
    outcomes: { "common.sme-size": "met" },
    sizeClass: "medium",
  },
  {
    name: "retail: at both ceilings",
    ruleset: R,
    facts: size("F5211", 300, 20000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "retail: medium",
    ruleset: R,
    facts: size("F52", 150, 20000),
    outcomes: { "common.sme-size": "met" },
    sizeClass: "medium",
  },
  {
    name: "transport: revenue below",
    ruleset: R,
    facts: size("G5411", 1000, 29999),
    outcomes: { "common.sme-size": "met" },
  },
  {
    name: "transport: at both ceilings",
    ruleset: R,
    facts: size("G54", 1000, 30000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "warehousing: at both ceilings",
    ruleset: R,
    facts: size("G5951", 200, 30000),
    outcomes: { "common.sme-size": "not_met" },
  },
  { name: "postal: staff below", ruleset: R, facts: size("G6010", 999, 50000), outcomes: { "common.sme-size": "met" } },
  {
    name: "accommodation: at both ceilings",
    ruleset: R,
    facts: size("H6110", 300, 10000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "catering: staff below",
    ruleset: R,
    facts: size("H6210", 299, 20000),
    outcomes: { "common.sme-size": "met" },
  },
  {
    name: "information transmission: at both ceilings",
    ruleset: R,
    facts: size("I6311", 2000, 100000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "information transmission: staff below",
    ruleset: R,
    facts: size("I64", 1999, 100000),
    outcomes: { "common.sme-size": "met" },
  },
  {
    name: "software: at both ceilings",
    ruleset: R,
    facts: size("I6510", 300, 10000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "software: small below 100 staff",
    ruleset: R,
    facts: size("I65", 80, 12000),
    outcomes: { "common.sme-size": "met" },
    sizeClass: "small",
  },
  {
    name: "real-estate development: at both ceilings",
    ruleset: R,
    facts: size("K7010", 50, 200000, 10000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "real-estate development: assets below",
    ruleset: R,
    facts: size("K701", 50, 200000, 9999),
    outcomes: { "common.sme-size": "met" },
  },
  {
    name: "property management: at both ceilings",
    ruleset: R,
    facts: size("K7020", 1000, 5000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "leasing: assets below",
    ruleset: R,
    facts: size("L7211", 300, 50000, 119999),
    outcomes: { "common.sme-size": "met" },
  },
  {
    name: "leasing: at both ceilings",
    ruleset: R,
    facts: size("L72", 300, 50000, 120000),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "other: staff at ceiling",
    ruleset: R,
    facts: size("M7320", 300, 100),
    outcomes: { "common.sme-size": "not_met" },
  },
  {
    name: "other: staff below, revenue irrelevant",
    ruleset: R,
    facts: size("M73", 299, 900000),
    outcomes: { "common.sme-size": "met" },
    sizeClass: "medium",
  },
  {
    name: "K70 alone: industries disagree",
    ruleset: R,
    facts: size("K70", 500, 3000, 20000),
    outcomes: { "common.sme-size": "unknown" },
  },
  {
    name: "K70 alone: may be K7040, outside the standard, so more digits decide",
    ruleset: R,
    facts: size("K70", 99, 3000, 20000),
    outcomes: { "common.sme-size": "unknown" },
    sizeClass: null,
  },
  {
    name: "no industry code: small in every industry, but the code may be outside the standard",
    ruleset: R,
    facts: size(null, 150, 4000, 5000),
    outcomes: { "common.sme-size": "unknown" },
    sizeClass: null,
  },
  {
    name: "no industry code: large in every industry of the standard, still unknown",
    ruleset: R,
    facts: size(null, 5000, 500000, 500000),
    outcomes: { "common.sme-size": "unknown" },
    sizeClass: null,
  },
  {
    name: "no industry code: depends on the industry",
    ruleset: R,
    facts: size(null, 250, 30000),
    outcomes: { "common.sme-size": "unknown" },
  },
];
