import type { GapKind } from "../gap";
import { getRulesetDef } from "../rulesets/registry";
import { isRulesetId } from "../rulesets/catalog";
import type { RulesetId } from "../types";
import type { CriterionCore, Evaluation, GapCore, ScoreCore, TierCore } from "./types";

// An evaluation as stored with a submitted assessment. Since the fact catalogue it is stored
// language-neutral (`Evaluation`); assessments submitted before were stored worded in Chinese,
// with flat value names ("revenueY1"). Both read as `Evaluation`: the older ones keep every
// outcome, number and trace step, and lose only the words, which are written again when read.

/** The flat value names of evaluations stored before the fact catalogue, by their fact paths. */
const LEGACY_VALUE_NAMES: Readonly<Record<string, string>> = {
  industryCode: "company.industryCode",
  legalPerson: "company.legalPerson",
  foundedOn: "company.foundedOn",
  abnormalList: "standing.abnormalList",
  dishonestList: "standing.dishonestList",
  restrictedProducts: "standing.restrictedProducts",
  majorIncident3y: "standing.majorIncident3y",
  innovativeSme: "titles.innovativeSme",
  specializedSme: "titles.specializedSme",
  highTech: "titles.highTech",
  singleItemChampion: "titles.singleItemChampion",
  affiliatedWithLittleGiant: "titles.affiliatedWithLittleGiant",
  revenueY1: "finance.revenue.y1",
  revenueY2: "finance.revenue.y2",
  revenueY3: "finance.revenue.y3",
  mainRevenueY1: "finance.mainRevenue.y1",
  mainRevenueY2: "finance.mainRevenue.y2",
  mainRevenueY3: "finance.mainRevenue.y3",
  netProfitY1: "finance.netProfit.y1",
  netProfitY2: "finance.netProfit.y2",
  netProfitY3: "finance.netProfit.y3",
  totalAssets: "finance.totalAssets",
  totalLiabilities: "finance.totalLiabilities",
  rdExpenseY1: "finance.rdExpense.y1",
  rdExpenseY2: "finance.rdExpense.y2",
  equityFinancing2y: "finance.equityFinancing2y",
  equityFinancing3y: "finance.equityFinancing3y",
  employees: "people.employees",
  rdStaff: "people.rdStaff",
  nicheYears: "market.nicheYears",
  shareDomestic: "market.shareDomestic",
  shareInternational: "market.shareInternational",
  nationalRank: "market.nationalRank",
  ownBrand: "market.ownBrand",
  classOne: "ip.classOne",
  classOneHighValue: "ip.classOneHighValue",
  classOneSelfDeveloped: "ip.classOneSelfDeveloped",
  classTwo: "ip.classTwo",
  inventionPatents: "ip.inventionPatents",
  rdInstitution: "innovation.rdInstitution",
  scienceAward: "innovation.scienceAward",
  makerChina: "innovation.makerChina",
  digitalLevel: "management.digitalLevel",
  coreProcessOnInfoSystem: "management.coreProcessOnInfoSystem",
  qualityCertification: "management.qualityCertification",
  overseasProductCertification: "management.overseasProductCertification",
  qualityAward: "management.qualityAward",
  standardsDrafted: "management.standardsDrafted",
  timeHonouredBrand: "management.timeHonouredBrand",
  sixFoundations: "field.sixFoundations",
  tenSectors: "field.tenSectors",
  cyberFields: "field.cyberFields",
  industryTrack: "field.industryTrack",
  strategicEmerging: "field.strategicEmerging",
  keyChainLink: "field.keyChainLink",
  chainRoles: "field.chainRoles",
  suppliesChainLeader: "field.suppliesChainLeader",
  development: "scores.development",
  developmentPrev: "scores.developmentPrev",
  provincialLocal: "scores.provincialLocal",
};
// Values those evaluations carried that are thresholds or score bounds, not figures of the firm.
const LEGACY_DROPPED = new Set([
  "employeesCeiling",
  "revenueCeiling",
  "assetsCeiling",
  "scoreMin",
  "scoreMax",
  "passMark",
]);

type Loose = Record<string, unknown>;
const isRecord = (x: unknown): x is Loose => typeof x === "object" && x !== null && !Array.isArray(x);

function legacyValues(values: unknown): CriterionCore["values"] {
  const out: CriterionCore["values"] = {};
  if (!isRecord(values)) return out;
  for (const [name, v] of Object.entries(values)) {
    if (LEGACY_DROPPED.has(name)) continue;
    out[LEGACY_VALUE_NAMES[name] ?? name] = typeof v === "number" ? v : null;
  }
  return out;
}

/** The older gaps kept their sentence but not their kind; the numbers and criterion tell it. */
function legacyGap(g: Loose, criterion: string): GapCore {
  const actual = Number(g.actual);
  const required = Number(g.required);
  const unit = g.unit as GapCore["unit"];
  const kind: GapKind =
    actual <= required ? "increase" : unit === "位" ? "rank" : criterion === "common.sme-size" ? "below" : "decrease";
  const target = isRecord(g.target) ? (g.target as GapCore["target"]) : { value: required, unit };
  return { metric: String(g.metric), actual, required, shortfall: Number(g.shortfall), unit, kind, target };
}

function legacyScore(s: unknown): ScoreCore | undefined {
  if (!isRecord(s) || !isRecord(s.groups)) return undefined;
  const groups: ScoreCore["groups"] = {};
  for (const [gid, g] of Object.entries(s.groups as Record<string, Loose>)) {
    const items: ScoreCore["groups"][string]["items"] = {};
    for (const [iid, it] of Object.entries((g.items ?? {}) as Record<string, Loose>))
      items[iid] = { min: Number(it.min), max: Number(it.max), of: Number(it.of) };
    groups[gid] = {
      min: Number(g.min),
      max: Number(g.max),
      of: Number(g.of),
      subMinimum: (g.subMinimum as number | null) ?? null,
      items,
    };
  }
  return { min: Number(s.min), max: Number(s.max), passMark: Number(s.passMark), groups };
}

function familyOf(ruleset: RulesetId, criterion: string): RulesetId {
  for (const tier of getRulesetDef(ruleset).tiers)
    for (const c of tier.criteria) if (c.id === criterion) return c.family;
  return ruleset;
}

function legacy(json: Loose, assessmentYear: number | null): Evaluation {
  const ruleset = json.ruleset as Evaluation["ruleset"];
  const tiers = (json.tiers as Loose[]).map((t): TierCore => {
    const criteria = (t.criteria as Loose[]).map((c): CriterionCore => {
      const id = c.id as CriterionCore["id"];
      const size = isRecord(c.size) ? (c.size as unknown as NonNullable<CriterionCore["size"]>) : undefined;
      return {
        id,
        family: familyOf(ruleset.id, id),
        outcome: c.outcome as CriterionCore["outcome"],
        confidence: c.confidence as CriterionCore["confidence"],
        values: legacyValues(c.values),
        gaps: Array.isArray(c.gaps) ? (c.gaps as Loose[]).map((g) => legacyGap(g, id)) : [],
        thresholds: (c.thresholds ?? {}) as CriterionCore["thresholds"],
        trace: (c.trace ?? []) as CriterionCore["trace"],
        ...(size
          ? {
              size: {
                industry: size.industry,
                candidates: size.candidates,
                sizeClass: size.sizeClass,
                outside: size.outside ?? null,
              },
            }
          : {}),
      };
    });
    const score = legacyScore(t.score);
    return {
      id: t.id as TierCore["id"],
      verdict: t.verdict as TierCore["verdict"],
      criteria,
      alternatives: (t.alternatives ?? []) as TierCore["alternatives"],
      ...(score ? { score } : {}),
    };
  });
  return {
    ruleset: { id: ruleset.id, effectiveFrom: ruleset.effectiveFrom, effectiveTo: ruleset.effectiveTo },
    assessmentYear,
    tiers,
  };
}

/**
 * A stored evaluation as `Evaluation`, or null when it is not one. `assessmentYear` (from the
 * stored answers) serves the older records, which did not keep it.
 */
export function storedEvaluation(json: unknown, assessmentYear: number | null): Evaluation | null {
  if (!isRecord(json) || !isRecord(json.ruleset) || !isRulesetId(json.ruleset.id) || !Array.isArray(json.tiers))
    return null;
  return "locale" in json ? legacy(json, assessmentYear) : (json as unknown as Evaluation);
}
