import { describe, expect, it } from "vitest";
import { getRulesetDef } from "../rulesets/registry";
import { LOCALES, RULESET_IDS } from "../types";
import { criterionExplanations, criterionLabels, terms } from "./index";
import { GAP_TEMPLATE_KEYS, SCORE_PART_IDS } from "./terms-type";

const keys = (o: object) => Object.keys(o).sort();
const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe("labels and explanations", () => {
  it("have the same keys in both locales", () => {
    expect(keys(criterionLabels.en)).toEqual(keys(criterionLabels["zh-CN"]));
    expect(keys(terms.en.tiers)).toEqual(keys(terms["zh-CN"].tiers));
    for (const id of RULESET_IDS) {
      expect(keys(criterionExplanations.en[id])).toEqual(keys(criterionExplanations["zh-CN"][id]));
    }
    for (const part of ["gapTemplates", "score", "sizeIndustries", "sizeClasses"] as const) {
      expect(keys(terms.en[part])).toEqual(keys(terms["zh-CN"][part]));
    }
  });

  it("use the same placeholders in both locales", () => {
    for (const id of RULESET_IDS) {
      for (const [cid, zh] of Object.entries(criterionExplanations["zh-CN"][id])) {
        const en = criterionExplanations.en[id][cid as keyof (typeof criterionExplanations)["en"][typeof id]];
        expect(placeholders(en ?? ""), `${id} ${cid}`).toEqual(placeholders(zh ?? ""));
      }
    }
    for (const key of GAP_TEMPLATE_KEYS) {
      expect(placeholders(terms.en.gapTemplates[key])).toEqual(placeholders(terms["zh-CN"].gapTemplates[key]));
    }
  });

  it("cover every criterion, tier and score part of every rule set, with every threshold filled in", () => {
    for (const id of RULESET_IDS) {
      for (const tier of getRulesetDef(id).tiers) {
        for (const locale of LOCALES) expect(terms[locale].tiers[tier.id]).toBeTruthy();
        for (const c of tier.criteria) {
          for (const locale of LOCALES) {
            expect(criterionLabels[locale][c.id], `${locale} label ${c.id}`).toBeTruthy();
            expect(c.explanation[locale], `${locale} ${id} ${c.id}`).toBeTruthy();
            expect(c.explanation[locale], `${locale} ${id} ${c.id} unfilled`).not.toMatch(/\{\w+\}/);
            expect(c.reference[locale]).toBeTruthy();
          }
        }
      }
    }
    for (const locale of LOCALES) for (const p of SCORE_PART_IDS) expect(terms[locale].score[p]).toBeTruthy();
  });

  it("has no unused explanation", () => {
    for (const id of RULESET_IDS) {
      const used = new Set(
        getRulesetDef(id).tiers.flatMap((t) => t.criteria.filter((c) => c.family === id).map((c) => c.id)),
      );
      expect(keys(criterionExplanations["zh-CN"][id])).toEqual([...used].sort());
    }
  });
});
