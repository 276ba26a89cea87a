import type { CriterionId, CriterionResult, EvaluationResult, TierId, Verdict } from "@/lib/criteria";
import type { GapResult } from "@/lib/criteria/output/types";
import { getAt, type Answers } from "@/lib/questionnaire/answers";
import { steps as questionnaire, type StepId } from "@/lib/questionnaire/steps";

// The report as a plan: what the firm has to do, tier by tier in the order the ladder is climbed,
// starting from the first title it does not hold yet. Within a tier, the title below comes first,
// then the numeric gaps nearest first; where the text offers routes ("或"), they form one group of
// which any one suffices ("任选其一"), nearest route first. A gap that a larger one of the same
// metric in the same tier implies is folded into it; one that an earlier tier's step already
// closes says so. Each tier also gets the earliest year the firm could apply.

export type CriterionRef = { tier: TierId; id: CriterionId; label: string };

/** One thing to do for a criterion: gaps to close all (`musts`), then routes of which one suffices. */
export type Action = {
  criterion: CriterionRef;
  explanation: string;
  musts: GapResult[];
  /** Routes of an OR inside the criterion, each with its gaps, nearest first. */
  routes: GapResult[][];
  /** The criterion offers routes with nothing to count (a title, an award) besides those above. */
  otherRoutes: boolean;
  /** Criteria whose gap on the same metric this one's larger gap closes too. */
  folded: CriterionRef[];
  /** The fiscal years the criterion's gaps are about, ascending (e.g. both of 2024 and 2025). */
  years: number[];
  /** How far from the requirement (shortfall / required), the nearest route's; null: no number. */
  distance: number | null;
  /** The requirement holds in two consecutive years and fails in the latest: two new years needed. */
  twoYears: boolean;
};

/** A criterion waiting for answers: the facts it reads that were answered "don't know". */
export type OpenRef = CriterionRef & { missing: { path: string; step: StepId }[] };

export type PlanStep =
  | { kind: "do"; action: Action; coveredBy: CriterionRef | null }
  /** Criteria of which any one met suffices (a tier's alternatives), nearest first. */
  | { kind: "anyOf"; options: Action[] };

export type PlanTier = {
  tier: TierId;
  title: string;
  verdict: Verdict;
  /** The firm says it holds this title already. */
  held: boolean;
  steps: PlanStep[];
  /** Criteria that wait for an answer ("don't know") or for a reviewer's judgement. */
  unknown: OpenRef[];
  manual: CriterionRef[];
  /** The earliest application year, and why not sooner. Null for a held title. */
  earliest: { year: number; reasons: EarliestReason[] } | null;
};

export type EarliestReason =
  | { kind: "title"; tier: TierId; year: number }
  | { kind: "years"; criterion: CriterionRef; years: number }
  | { kind: "figures"; criterion: CriterionRef; fiscalYears: number };

export type Plan = { tiers: PlanTier[]; startsAt: TierId | null };

const HELD_BY: Partial<Record<TierId, string[]>> = {
  "innovative-sme": ["titles.innovativeSme", "titles.techSme"],
  "specialized-sme": ["titles.specializedSme"],
};

/** The criterion that asks for the title below, per tier. */
const PRIOR: Partial<Record<TierId, CriterionId>> = {
  "specialized-sme": "ssme.prior-title",
  "little-giant": "lg.prior-title",
};

const holds = (answers: Answers, tier: TierId) => (HELD_BY[tier] ?? []).some((path) => getAt(answers, path) === true);

const ref = (tier: TierId, c: CriterionResult): CriterionRef => ({ tier, id: c.id, label: c.label });

const distanceOf = (g: GapResult) =>
  g.required !== 0 ? Math.abs(g.shortfall / g.required) : Math.abs(g.shortfall) > 0 ? 1 : 0;

/** A route's distance is its farthest gap; a criterion's is its musts' and nearest route's. */
const farthest = (gaps: readonly GapResult[]) => gaps.reduce((m, g) => Math.max(m, distanceOf(g)), 0);

/** y1 is the year before the assessment year; y2 the one before (criteria.md section 1). */
function yearOf(metric: string, assessmentYear: number | null): number | null {
  if (assessmentYear === null) return null;
  const m = /(?:\.y|Y)([123])$/.exec(metric);
  return m ? assessmentYear - Number(m[1]) : null;
}

function actionOf(tier: TierId, c: CriterionResult, assessmentYear: number | null): Action {
  const musts = c.gaps.filter((g) => !g.alternative);
  const byRoute = new Map<string, GapResult[]>();
  let of = 0;
  const groups = new Set<string>();
  for (const g of c.gaps) {
    if (!g.alternative) continue;
    const key = `${g.alternative.group}#${g.alternative.option}`;
    byRoute.set(key, [...(byRoute.get(key) ?? []), g]);
    if (!groups.has(g.alternative.group)) {
      groups.add(g.alternative.group);
      of += g.alternative.of;
    }
  }
  const routes = [...byRoute.values()].sort((a, b) => farthest(a) - farthest(b));
  const numbered = musts.length > 0 || routes.length > 0;
  const twoYears =
    assessmentYear !== null &&
    Object.keys(c.values).some((name) => yearOf(name, assessmentYear) === assessmentYear - 2) &&
    c.gaps.some((g) => yearOf(g.metric, assessmentYear) === assessmentYear - 1);
  const years = [
    ...new Set(c.gaps.map((g) => yearOf(g.metric, assessmentYear)).filter((y): y is number => y !== null)),
  ].sort((a, b) => a - b);
  return {
    criterion: ref(tier, c),
    explanation: c.explanation,
    musts,
    routes,
    otherRoutes: routes.length > 0 && of > routes.length,
    folded: [],
    years,
    distance: numbered ? Math.max(farthest(musts), routes[0] ? farthest(routes[0]) : 0) : null,
    twoYears,
  };
}

const stepOfPath = new Map<string, StepId>(questionnaire.flatMap((s) => s.fields.map((f) => [f.path, s.id] as const)));

/** The facts an undecided criterion reads that have no answer, with the step that asks each. */
function openRef(tier: TierId, c: CriterionResult): OpenRef {
  const missing = new Map<string, StepId>();
  for (const step of c.trace)
    for (const [name, value] of Object.entries(step.inputs)) {
      const at = stepOfPath.get(name);
      if (value === null && at) missing.set(name, at);
    }
  return { ...ref(tier, c), missing: [...missing].map(([path, step]) => ({ path, step })) };
}

const byDistance = (a: { distance: number | null }, b: { distance: number | null }) =>
  (a.distance ?? Infinity) - (b.distance ?? Infinity);

/**
 * Folds, within one tier, a must-gap whose metric another criterion's larger must-gap also
 * needs: the smaller disappears, its criterion is named on the larger one. An action left with
 * nothing to do is dropped (its criterion is listed as folded).
 */
function fold(actions: Action[]): Action[] {
  for (const a of actions)
    for (const g of a.musts) {
      for (const b of actions) {
        if (b === a) continue;
        const i = b.musts.findIndex((x) => x.metric === g.metric && x.unit === g.unit && x.shortfall <= g.shortfall);
        if (i < 0 || (b.musts[i]?.shortfall === g.shortfall && actions.indexOf(b) < actions.indexOf(a))) continue;
        b.musts.splice(i, 1);
        if (!a.folded.some((f) => f.id === b.criterion.id)) a.folded.push(b.criterion);
      }
    }
  return actions.filter((a) => a.musts.length > 0 || a.routes.length > 0 || a.distance === null);
}

/** What this tier's must-gaps leave to an earlier tier's step on the same metric. */
function coveredBy(action: Action, earlier: PlanTier[]): CriterionRef | null {
  if (action.routes.length > 0 || action.musts.length === 0) return null;
  for (const t of earlier)
    for (const s of t.steps) {
      if (s.kind !== "do") continue;
      const covers = action.musts.every((g) =>
        s.action.musts.some((x) => x.metric === g.metric && x.unit === g.unit && x.shortfall >= g.shortfall),
      );
      if (covers) return s.action.criterion;
    }
  return null;
}

function earliestFor(
  tier: TierId,
  steps: PlanStep[],
  base: number,
  previous: PlanTier | undefined,
): { year: number; reasons: EarliestReason[] } {
  const found: { year: number; reason: EarliestReason }[] = [];
  const later = (y: number, reason: EarliestReason) => found.push({ year: y, reason });
  if (previous && !previous.held && previous.earliest && PRIOR[tier])
    later(previous.earliest.year + 1, { kind: "title", tier: previous.tier, year: previous.earliest.year });
  const actions = steps.flatMap((s) => (s.kind === "do" ? [s.action] : s.options.slice(0, 1)));
  for (const a of actions) {
    if (a.criterion.id === PRIOR[tier]) continue;
    const yearGap = a.musts.find((g) => g.unit === "年");
    if (yearGap) later(base + yearGap.shortfall, { kind: "years", criterion: a.criterion, years: yearGap.shortfall });
    else if (a.distance !== null) {
      // New figures count from the next application (the current year becomes last year).
      const n = a.twoYears ? 2 : 1;
      later(base + n, { kind: "figures", criterion: a.criterion, fiscalYears: n });
    }
  }
  // Only what sets the year is said: the reasons that reach it.
  const year = found.reduce((y, f) => Math.max(y, f.year), base);
  return { year, reasons: found.filter((f) => f.year === year && year > base).map((f) => f.reason) };
}

/**
 * The plan of one evaluation. `answers` tell which titles the firm holds; `assessmentYear` names
 * fiscal years and is the first year the firm could apply (the year it assesses itself for).
 */
export function buildPlan(evaluation: EvaluationResult, answers: Answers, assessmentYear: number | null): Plan {
  const tiers: PlanTier[] = [];
  const base = assessmentYear ?? new Date().getFullYear();
  for (const tier of evaluation.tiers) {
    const held = holds(answers, tier.id);
    const inGroup = new Set(tier.alternatives.flat());
    const actions: Action[] = [];
    const unknown: OpenRef[] = [];
    const manual: CriterionRef[] = [];
    const steps: PlanStep[] = [];
    for (const c of tier.criteria) {
      if (inGroup.has(c.id)) continue;
      if (c.outcome === "not_met") actions.push(actionOf(tier.id, c, assessmentYear));
      else if (c.outcome === "unknown") unknown.push(openRef(tier.id, c));
      else if (c.outcome === "manual") manual.push(ref(tier.id, c));
    }
    // A tier's alternatives: one met suffices; all failing is one "any of" step; else they wait.
    for (const group of tier.alternatives) {
      const members = tier.criteria.filter((c) => group.includes(c.id));
      if (members.some((c) => c.outcome === "met")) continue;
      if (members.every((c) => c.outcome === "not_met" || c.outcome === "not_applicable")) {
        const options = members
          .filter((c) => c.outcome === "not_met")
          .map((c) => actionOf(tier.id, c, assessmentYear))
          .sort(byDistance);
        if (options.length > 0) steps.push({ kind: "anyOf", options });
      } else
        for (const c of members) {
          if (c.outcome === "unknown") unknown.push(openRef(tier.id, c));
          if (c.outcome === "manual") manual.push(ref(tier.id, c));
        }
    }
    const prior = PRIOR[tier.id];
    const ordered = fold(actions).sort(
      (a, b) => Number(b.criterion.id === prior) - Number(a.criterion.id === prior) || byDistance(a, b),
    );
    const earlier = tiers.filter((t) => !t.held);
    const doSteps: PlanStep[] = ordered.map((action) => ({
      kind: "do",
      action,
      coveredBy: coveredBy(action, earlier),
    }));
    // The title below first, then every step nearest first (an "any of" group by its nearest option).
    const all = [...doSteps, ...steps].sort((a, b) => {
      const first = (s: PlanStep) => (s.kind === "do" && s.action.criterion.id === prior ? 1 : 0);
      const d = (s: PlanStep) => (s.kind === "do" ? s.action.distance : (s.options[0]?.distance ?? null));
      return first(b) - first(a) || (d(a) ?? Infinity) - (d(b) ?? Infinity);
    });
    const previous = tiers[tiers.length - 1];
    tiers.push({
      tier: tier.id,
      title: tier.title,
      verdict: tier.verdict,
      held,
      steps: all,
      unknown,
      manual,
      earliest: held ? null : earliestFor(tier.id, all, base, previous),
    });
  }
  const startsAt = tiers.find((t) => !t.held)?.tier ?? null;
  return { tiers, startsAt };
}
