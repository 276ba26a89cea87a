import type { Case } from "./types";

// miit-2020 only: 5 % growth of main revenue or profit, no window, the three revenue classes.
export const miit2020Cases: Case[] = [
  {
    name: "lg20: main-revenue growth exactly 5 % on average, profit flat",
    ruleset: "miit-2020",
    facts: {
      finance: { mainRevenue: { y1: 11025, y2: 10500, y3: 10000 }, netProfit: { y1: 1000, y2: 1000, y3: 1000 } },
    },
    outcomes: { "lg.growth": "met" },
    values: { "lg.growth": { mainRevenueGrowthAvg2y: 5 } },
  },
  {
    name: "lg20: main-revenue growth just under 5 %, profit flat",
    ruleset: "miit-2020",
    facts: {
      finance: { mainRevenue: { y1: 11024, y2: 10500, y3: 10000 }, netProfit: { y1: 1000, y2: 1000, y3: 1000 } },
    },
    outcomes: { "lg.growth": "not_met" },
  },
  {
    name: "lg20: 8 % growth fails 2018's 10 % and meets 2020's 5 %",
    ruleset: "miit-2020",
    facts: {
      finance: { mainRevenue: { y1: 11664, y2: 10800, y3: 10000 }, netProfit: { y1: 1000, y2: 1000, y3: 1000 } },
    },
    outcomes: { "lg.growth": "met" },
    absent: ["lg.revenue-window"],
  },
  {
    name: "lg18: 8 % growth fails 2018's 10 %",
    ruleset: "miit-2018",
    facts: {
      finance: { mainRevenue: { y1: 11664, y2: 10800, y3: 10000 }, netProfit: { y1: 1000, y2: 1000, y3: 1000 } },
    },
    outcomes: { "lg.growth": "not_met" },
  },
  {
    name: "lg20: revenue 45000 万元, no window",
    ruleset: "miit-2020",
    facts: { finance: { revenue: { y1: 45000 }, mainRevenue: { y1: 42750 }, rdExpense: { y1: 1400 } } },
    absent: ["lg.revenue-window"],
    verdicts: { "little-giant": "eligible" },
  },
  {
    name: "lg20: middle revenue class at 5 %",
    ruleset: "miit-2020",
    facts: { finance: { revenue: { y1: 6000 }, mainRevenue: { y1: 5700 }, rdExpense: { y1: 300, y2: 660 } } },
    outcomes: { "lg.classified": "not_met" },
    gaps: { "lg.classified": { metric: "finance.rdExpense.y1", shortfall: 60 } },
  },
  {
    name: "lg20: middle revenue class at 6 %",
    ruleset: "miit-2020",
    facts: { finance: { revenue: { y1: 6000 }, mainRevenue: { y1: 5700 }, rdExpense: { y1: 360, y2: 660 } } },
    outcomes: { "lg.classified": "met" },
  },
];
