import { MEASURES_2022_A1, MEASURES_2026, NOTICE_2018 } from "../params/instruments";
import type { LocalText, RulesetId } from "../types";

// The rule sets and the dates they govern (criteria.md, "Official instruments").

export interface RulesetInfo {
  id: RulesetId;
  title: LocalText;
  effectiveFrom: string;
  /** Last day in force; null while current. */
  effectiveTo: string | null;
}

export const rulesets: readonly RulesetInfo[] = [
  {
    id: "miit-2026",
    title: {
      "zh-CN": `《优质中小企业梯度培育管理办法》（${MEASURES_2026.doc}）`,
      en: `Measures for the Tiered Cultivation of High-Quality SMEs (${MEASURES_2026.doc})`,
    },
    effectiveFrom: MEASURES_2026.from,
    effectiveTo: null,
  },
  {
    id: "miit-2022",
    title: {
      "zh-CN": `《优质中小企业梯度培育管理暂行办法》（${MEASURES_2022_A1.doc}）`,
      en: `Interim Measures for the Tiered Cultivation of High-Quality SMEs (${MEASURES_2022_A1.doc})`,
    },
    effectiveFrom: MEASURES_2022_A1.from,
    effectiveTo: "2026-03-31",
  },
  {
    // Dated 2018-11-26 as recalled; governed batches 1 to 3.
    id: "miit-2018",
    title: {
      "zh-CN": `《关于开展专精特新“小巨人”企业培育工作的通知》（${NOTICE_2018.doc}）`,
      en: `Notice on Cultivating SRDI “Little Giant” Enterprises (${NOTICE_2018.doc})`,
    },
    effectiveFrom: NOTICE_2018.from,
    effectiveTo: "2022-05-31",
  },
];

export function isRulesetId(x: unknown): x is RulesetId {
  return typeof x === "string" && rulesets.some((r) => r.id === x);
}

/**
 * The rule set in force on a YYYY-MM-DD date. Before the oldest one (2018-11-26) the oldest is
 * returned, as nothing else could explain a designation; a malformed date is a programming error.
 */
export function rulesetInForce(date: string): RulesetInfo {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`rulesetInForce: expected YYYY-MM-DD, got ${date}`);
  let oldest: RulesetInfo | undefined;
  for (const r of rulesets) {
    if (date >= r.effectiveFrom && (r.effectiveTo === null || date <= r.effectiveTo)) return r;
    if (!oldest || r.effectiveFrom < oldest.effectiveFrom) oldest = r;
  }
  if (!oldest) throw new Error("no rule sets");
  return oldest;
}

export function getRulesetInfo(id: RulesetId): RulesetInfo {
  const found = rulesets.find((r) => r.id === id);
  if (!found) throw new Error(`unknown rule set ${id}`);
  return found;
}
