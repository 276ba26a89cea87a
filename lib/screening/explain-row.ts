import { evaluate, type Facts, type Locale, type RulesetId, type TierId } from "@/lib/criteria";
import type { EvaluationResult } from "@/lib/criteria/output/types";
import { buildPlan, type Action, type PlanTier } from "@/lib/report/plan";
import { summarise } from "./row-result";
import { screeningText } from "./words";

// A screened firm in words, when it is read: the evaluation in the reader's language, the next
// tier within reach with its gaps in plain units (the report's plan: the title below first, then
// the gaps nearest first; routes of which one suffices as one item), and every unmet criterion.

export type Unmet = { tier: TierId; tierTitle: string; criterion: string; gaps: string[] };

export type Explained = {
  evaluation: EvaluationResult;
  next: { tier: TierId; title: string; gaps: string[] } | null;
  unmet: Unmet[];
};

/** What one action asks for: its gaps, its routes as "any one of", or the criterion's name. */
function actionWords(action: Action, locale: Locale): string[] {
  const musts = action.musts.map((g) => g.message);
  const routes = action.routes.map((r) => r.map((g) => g.message).join(locale === "en" ? ", " : "，"));
  if (routes.length > 1 || (routes.length === 1 && action.otherRoutes))
    musts.push(screeningText(locale, "oneOf", { routes: routes.join(screeningText(locale, "or")) }));
  else musts.push(...routes);
  return musts.length > 0 ? musts : [action.criterion.label];
}

function tierGaps(tier: PlanTier, locale: Locale): string[] {
  return tier.steps.flatMap((step) =>
    step.kind === "do"
      ? actionWords(step.action, locale)
      : [
          screeningText(locale, "oneOf", {
            routes: step.options
              .map((o) => actionWords(o, locale).join(locale === "en" ? ", " : "，"))
              .join(screeningText(locale, "or")),
          }),
        ],
  );
}

export function explainRow(
  facts: Facts,
  ruleset: RulesetId,
  next: TierId | null,
  locale: Locale,
  today: string,
): Explained {
  const evaluation = evaluate(facts, { ruleset, locale, today });
  const year = typeof facts.assessmentYear === "number" ? facts.assessmentYear : null;
  const plan = buildPlan(evaluation, facts as Record<string, unknown>, year);
  const planned = plan.tiers.find((t) => t.tier === next);
  const unmet = evaluation.tiers.flatMap((tier) => {
    const notMet = new Set<string>(summarise(tier).notMet);
    return tier.criteria
      .filter((c) => notMet.has(c.id))
      .map((c) => ({ tier: tier.id, tierTitle: tier.title, criterion: c.label, gaps: c.gaps.map((g) => g.message) }));
  });
  return {
    evaluation,
    next: planned ? { tier: planned.tier, title: planned.title, gaps: tierGaps(planned, locale) } : null,
    unmet,
  };
}
