import {
  evaluateCore,
  isRulesetId,
  localize,
  parseFacts,
  rulesetFor,
  rulesets,
  storedEvaluation,
  type Evaluation,
  type EvaluationResult,
  type Locale,
  type RulesetId,
} from "@/lib/criteria";
import { applications, type Application } from "@/lib/criteria/params/data/application";
import { BATCHES, type BatchFact } from "@/lib/enterprises/batches";
import type { Answers } from "@/lib/questionnaire/answers";
import { diffRulesets, type RulesetDiff } from "./diff";
import { countGroups, type GroupCount } from "./groups";
import { ladder, type Rung } from "./ladder";
import { materialsFor, type MaterialNeed } from "./materials";
import { buildPlan, type Plan } from "./plan";
import { toConfirm, type ToConfirm } from "./to-confirm";

export type ReportSource = {
  id: string;
  reference: string;
  status: string;
  submittedAt: Date | null;
  rulesetId: string;
  answers: Answers;
  evaluation: unknown;
};

export type Report = {
  assessment: { id: string; reference: string; status: string; submittedAt: string | null; preview: boolean };
  /** The rule set the report is under, and the one frozen at submission (null for a draft). */
  ruleset: RulesetId;
  frozenRuleset: RulesetId | null;
  /** True when today's rules, applied to the frozen answers, would decide differently. */
  rulesChanged: boolean;
  /** Then: the frozen evaluation (left) beside the corrected one (right), what differs. */
  correction: RulesetDiff | null;
  evaluation: EvaluationResult;
  ladder: Rung[];
  /** What to do, tier by tier from the first title not held, and when the firm could apply. */
  plan: Plan;
  /** How and when to apply under the rule set shown. */
  application: Application;
  /** The Little Giant round open or announced last (the batch table's), under a current rule set. */
  round: BatchFact | null;
  /** The evidence the met criteria of the tiers still to apply for rest on. */
  materials: MaterialNeed[];
  toConfirm: ToConfirm[];
  groups: GroupCount[];
  diff: RulesetDiff | null;
  rulesets: { id: RulesetId; title: string; notes: string | null }[];
};

const sameOutcomes = (a: Evaluation, b: Evaluation) =>
  a.tiers.length === b.tiers.length &&
  a.tiers.every(
    (t, i) =>
      t.verdict === b.tiers[i]?.verdict && t.criteria.every((c, j) => c.outcome === b.tiers[i]?.criteria[j]?.outcome),
  );

/**
 * The result report of one assessment. A submitted one is reported as frozen; its words follow
 * the reader's language, and when the rules (as corrected since) would now decide otherwise, the
 * frozen evaluation is shown as it was, the corrected one beside it, and the report says so.
 * Without a rule set asked for, a draft is evaluated under the one its facts call for (in force,
 * or a review year's). Null when the facts do not parse (an incomplete draft).
 */
export function buildReport(
  source: ReportSource,
  options: { locale: Locale; today: string; ruleset?: string | null; compare?: string | null },
): Report | null {
  const facts = parseFacts(source.answers, options.locale);
  if (!facts.ok) return null;
  const year = typeof source.answers.assessmentYear === "number" ? source.answers.assessmentYear : null;
  const frozen = source.status !== "draft" ? storedEvaluation(source.evaluation, year) : null;
  const frozenRuleset = frozen && isRulesetId(source.rulesetId) ? source.rulesetId : null;
  const chosen = rulesetFor(facts.facts, { today: options.today });
  const base = frozenRuleset ?? chosen.id;
  const shown = isRulesetId(options.ruleset) ? options.ruleset : base;

  // The reason is kept when the rule set is the facts' own (as the frozen one was chosen).
  const live = evaluateCore(facts.facts, shown === chosen.id ? { today: options.today } : { ruleset: shown });
  const useFrozen = frozen !== null && shown === frozenRuleset;
  const rulesChanged = useFrozen && !sameOutcomes(frozen, live);
  if (useFrozen && !frozen.ruleset.reason && shown === chosen.id) frozen.ruleset.reason = chosen.reason;
  const evaluation = localize(useFrozen && rulesChanged ? frozen : live, options.locale);
  const correction = rulesChanged ? diffRulesets(evaluation, localize(live, options.locale)) : null;

  const compareId = isRulesetId(options.compare) && options.compare !== shown ? options.compare : null;
  const other = compareId
    ? localize(evaluateCore(facts.facts, { ruleset: compareId, today: options.today }), options.locale)
    : null;

  const plan = buildPlan(evaluation, source.answers, year);
  return {
    assessment: {
      id: source.id,
      reference: source.reference,
      status: source.status,
      submittedAt: source.submittedAt?.toISOString() ?? null,
      preview: source.status === "draft",
    },
    ruleset: shown,
    frozenRuleset,
    rulesChanged,
    correction,
    evaluation,
    ladder: ladder(evaluation),
    plan,
    application: applications[shown],
    round: applications[shown].current ? (BATCHES.findLast((b) => b.final === null && b.note) ?? null) : null,
    materials: materialsFor(
      evaluation,
      plan.tiers.filter((t) => !t.held).map((t) => t.tier),
    ),
    toConfirm: toConfirm(source.answers, evaluation),
    groups: countGroups(evaluation),
    diff: other ? diffRulesets(evaluation, other) : null,
    rulesets: rulesets.map((r) => ({
      id: r.id,
      title: r.title[options.locale],
      notes: r.notes?.[options.locale] ?? null,
    })),
  };
}
