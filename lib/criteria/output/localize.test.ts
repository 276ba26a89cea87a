import { describe, expect, it } from "vitest";
import { baseFacts } from "../cases/base";
import { patch } from "../cases/types";
import { evaluate, evaluateCore } from "../evaluate";
import type { Facts } from "../facts/schema";
import { RULESET_IDS, LOCALES } from "../types";
import { localize } from "./localize";
import { storedEvaluation } from "./stored";

// The API builds its answer in one pass; a stored evaluation is worded when read. Both must say
// the same, in both languages, under every rule set.

const records: Record<string, Facts> = {
  eligible: baseFacts,
  "with gaps and unknowns": patch<Facts>(baseFacts, {
    review: null,
    finance: {
      revenue: { y1: 4800 },
      mainRevenue: { y1: 4000 },
      rdExpense: { y1: 110, y2: null },
      totalLiabilities: 8200,
    },
    market: { nicheYears: 2, shareDomestic: 6, nationalRank: 7 },
    ip: { classOne: 1, classOneHighValue: 0, classOneSelfDeveloped: null },
    scores: { development: 48, provincialLocal: null },
    company: { industryCode: "F5123" },
  }),
};

describe("a stored evaluation, worded when read", () => {
  it.each(Object.entries(records))("reads as the API's answer: %s", (_name, facts) => {
    for (const ruleset of RULESET_IDS) {
      const stored = JSON.parse(JSON.stringify(evaluateCore(facts, { ruleset })));
      for (const locale of LOCALES) {
        expect(localize(storedEvaluation(stored, null)!, locale)).toEqual(evaluate(facts, { ruleset, locale }));
      }
    }
  });
});
