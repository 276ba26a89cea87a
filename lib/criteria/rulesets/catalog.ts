import { MEASURES_2022_A1, MEASURES_2026, NOTICE_2018, NOTICE_2026, NOTICES_2020 } from "../params/instruments";
import type { Instrument } from "../params/series";
import type { LocalText, RulesetId } from "../types";

// The rule sets and the dates they govern (criteria.md, "Official instruments").

export interface RulesetInfo {
  id: RulesetId;
  title: LocalText;
  effectiveFrom: string;
  /** Last day in force; null while current. */
  effectiveTo: string | null;
  /** What the rule set leaves out, or how it was pieced together, for the report. */
  notes?: LocalText;
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
    // Batches 2 (2020) and 3 (2021): the economic clause of 381号 replaced, revenue classes added.
    id: "miit-2020",
    title: {
      "zh-CN": `${NOTICES_2020.doc}（2020、2021年）`,
      en: `Notices of the second and third batches of SRDI “Little Giants” (2020, 2021)`,
    },
    effectiveFrom: NOTICES_2020.from,
    effectiveTo: "2022-05-31",
    notes: {
      "zh-CN": "仅“小巨人”一级；条件取自第二、三批通知的转载文本（二手来源）。",
      en: "Little Giant tier only; the conditions come from copies of the second and third batches' notices (secondary sources).",
    },
  },
  {
    // Batch 1 (announced 2019), until the 2020 notice replaced its economic clause.
    id: "miit-2018",
    title: {
      "zh-CN": `《关于开展专精特新“小巨人”企业培育工作的通知》（${NOTICE_2018.doc}）`,
      en: `Notice on Cultivating SRDI “Little Giant” Enterprises (${NOTICE_2018.doc})`,
    },
    effectiveFrom: NOTICE_2018.from,
    effectiveTo: "2020-06-30",
    notes: {
      "zh-CN":
        "仅“小巨人”一级（第一批）。通知中的科技人员占比要求和参与制定标准的要求未找到可靠文本，未纳入评估，请自行对照原文。",
      en: "Little Giant tier only (batch 1). The notice's share of technical staff and its standards-drafting condition are not assessed: no reliable copy of their words was found. Check them against the notice itself.",
    },
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

/**
 * Review years (复核) that keep an earlier standard than the one in force: the 2026 annual notice,
 * "2026年度复核仍按2022年63号文标准把握" (`secondary`). A review of a year not listed here uses the
 * rule set in force, until a source says otherwise.
 */
export const reviewStandards: readonly { year: number; ruleset: RulesetId; notice: Instrument }[] = [
  { year: 2026, ruleset: "miit-2022", notice: NOTICE_2026 },
];

/** Why an evaluation uses its rule set: asked for, in force on the day, or a review year's rule. */
export type RulesetReason = "requested" | "in_force" | "review_year";

export interface RulesetChoice {
  id: RulesetId;
  reason: RulesetReason;
}

/** The rule set for some facts: the one asked for, else a review year's, else the one in force. */
export function chooseRuleset(
  facts: { review?: boolean | null; assessmentYear?: number | null },
  today: string,
  requested?: RulesetId,
): RulesetChoice {
  if (requested) return { id: requested, reason: "requested" };
  const inForce = rulesetInForce(today).id;
  if (facts.review === true) {
    const kept = reviewStandards.find((r) => r.year === facts.assessmentYear);
    if (kept && kept.ruleset !== inForce) return { id: kept.ruleset, reason: "review_year" };
  }
  return { id: inForce, reason: "in_force" };
}
