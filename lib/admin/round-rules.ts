// A review round's rules that need no database: its sign-off steps (初审 → 复审 → 审定), what a
// list must be before its first sign-off, and how the recommended applicants are ranked.
import type { TierId } from "@/lib/criteria";
import { getRulesetDef } from "@/lib/criteria/rulesets/registry";
import type { RulesetId } from "@/lib/criteria";

export const ROUND_STAGES = ["open", "first_review", "second_review", "approved"] as const;
export type RoundStage = (typeof ROUND_STAGES)[number];

/** The step a sign-off takes a round to, from each stage; none from approved (locked for good). */
export const NEXT_STAGE: Readonly<Record<RoundStage, RoundStage | null>> = {
  open: "first_review",
  first_review: "second_review",
  second_review: "approved",
  approved: null,
};

/** From the first sign-off on, nothing that changes the list may happen to its applications. */
export const isFrozen = (stage: RoundStage) => stage !== "open";

/** The tiers a rule set judges (miit-2018 knew only the Little Giant), in ladder order. */
export const roundTiers = (ruleset: RulesetId): TierId[] => getRulesetDef(ruleset).tiers.map((t) => t.id);

/** Whether the tier has a points score (the specialised SME's, say) to rank on; the Little Giant has none. */
export const tierHasScore = (ruleset: RulesetId, tier: TierId): boolean =>
  Boolean(getRulesetDef(ruleset).tiers.find((t) => t.id === tier)?.scoreFrom);

export const ROUND_NAME_MAX = 100;
export const QUOTA_MAX = 10_000;
export const CITY_MAX = 30;

/** An application of a round, as the readiness check and the ranking see it. */
export type RoundEntry = {
  id: string;
  reference: string;
  status: string;
  /** The round tier's verdict, after corrections and overrides. */
  verdict: string | null;
  /** The round tier's score (its lowest possible value with what is known), where the tier has one. */
  score: number | null;
  rdIntensity: number | null;
  revenue: number | null;
  submittedAt: Date;
};

/** Why a round's list cannot be signed off yet, each with the references concerned. */
export type ListProblem =
  | { kind: "undecided"; references: string[] }
  | { kind: "not_eligible"; references: string[] }
  | { kind: "empty" }
  | { kind: "over_quota"; recommended: number; quota: number };

const DECIDED = new Set(["recommended", "not_recommended"]);

/**
 * What stands between a round's list and its first sign-off: every application decided
 * (recommended or not), at least one recommended, each recommended one eligible for the round's
 * tier as reviewed, and no more than the quota.
 */
export function listProblems(entries: readonly RoundEntry[], quota: number | null): ListProblem[] {
  const problems: ListProblem[] = [];
  const undecided = entries.filter((e) => !DECIDED.has(e.status)).map((e) => e.reference);
  if (undecided.length) problems.push({ kind: "undecided", references: undecided });
  const recommended = entries.filter((e) => e.status === "recommended");
  if (recommended.length === 0) problems.push({ kind: "empty" });
  const notEligible = recommended.filter((e) => e.verdict !== "eligible").map((e) => e.reference);
  if (notEligible.length) problems.push({ kind: "not_eligible", references: notEligible });
  if (quota !== null && recommended.length > quota)
    problems.push({ kind: "over_quota", recommended: recommended.length, quota });
  return problems;
}

const desc = (a: number | null, b: number | null) => (b ?? -Infinity) - (a ?? -Infinity);

/**
 * The recommendation list's order: the tier's score, then R&D intensity, then revenue (each
 * highest first, an unknown last), then the earlier submission, then the reference: every list
 * ranks the same way, and two equal applicants always in the same order.
 */
export function rankRecommended<T extends RoundEntry>(entries: readonly T[]): T[] {
  return entries
    .filter((e) => e.status === "recommended")
    .sort(
      (a, b) =>
        desc(a.score, b.score) ||
        desc(a.rdIntensity, b.rdIntensity) ||
        desc(a.revenue, b.revenue) ||
        a.submittedAt.getTime() - b.submittedAt.getTime() ||
        a.reference.localeCompare(b.reference),
    );
}

/** Whole days from `today` to `deadline` (both YYYY-MM-DD, China's dates); negative once past. */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
