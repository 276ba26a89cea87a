import "server-only";
// Review rounds (推荐批次): an admin opens one; reviewers add applications to it; a round's page
// reads it whole (applications, ranked list, problems, sign-offs). Applications join it in
// round-add.ts, its day-to-day work is in round-work.ts, its sign-off (初审 → 复审 → 审定) in
// round-signoff.ts. Every change is audited.
import { isStorableText } from "@/lib/criteria/text";
import { isRulesetId, storedEvaluation, type CriterionId, type TierId } from "@/lib/criteria";
import type { AdminDb, AdminTx } from "@/lib/auth/types";
import type { AssessmentStatus } from "@/lib/db/generated/enums";
import { narrowMisses, unmetCriteria } from "@/lib/insights/insight-columns";
import { applyOverrides, baseEvaluation } from "./effective-evaluation";
import { recordAudit, type Actor } from "./record-audit";
import {
  listProblems,
  rankRecommended,
  roundTiers,
  type ListProblem,
  type RoundEntry,
  type RoundStage,
} from "./round-rules";

export type RoundDb = AdminDb;

const VERDICT_FIELD = {
  "innovative-sme": "verdictInnovativeSme",
  "specialized-sme": "verdictSpecializedSme",
  "little-giant": "verdictLittleGiant",
} as const satisfies Record<TierId, string>;

export type RoundInput = { name: string; rulesetId: string; tier: string; deadline: string; quota: number | null };

export async function createRound(
  db: RoundDb,
  actor: Actor & { userId: string },
  input: RoundInput,
  now = new Date(),
): Promise<{ kind: "created"; id: string } | { kind: "invalid_tier" } | { kind: "name_unstorable" }> {
  if (!isRulesetId(input.rulesetId) || !roundTiers(input.rulesetId).includes(input.tier as TierId))
    return { kind: "invalid_tier" };
  const name = input.name.trim();
  if (!isStorableText(name)) return { kind: "name_unstorable" };
  return db.$transaction(async (tx) => {
    const round = await tx.reviewRound.create({
      data: {
        name,
        rulesetId: input.rulesetId,
        tier: input.tier,
        deadline: new Date(`${input.deadline}T00:00:00Z`),
        quota: input.quota,
        createdById: actor.userId,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "round.create",
        targetType: "round",
        targetId: round.id,
        after: { name, ruleset: input.rulesetId, tier: input.tier, deadline: input.deadline, quota: input.quota },
      },
      now,
    );
    return { kind: "created", id: round.id } as const;
  });
}

export type RoundSummary = {
  id: string;
  name: string;
  rulesetId: string;
  tier: TierId;
  deadline: string;
  quota: number | null;
  stage: RoundStage;
  version: number;
  counts: Partial<Record<AssessmentStatus, number>>;
  total: number;
};

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

type RoundRow = {
  id: string;
  name: string;
  rulesetId: string;
  tier: string;
  deadline: Date;
  quota: number | null;
  stage: RoundStage;
  version: number;
};

async function summaries(db: AdminTx, rounds: RoundRow[]): Promise<RoundSummary[]> {
  const groups = await db.assessment.groupBy({
    by: ["roundId", "status"],
    where: { roundId: { in: rounds.map((r) => r.id) } },
    _count: { _all: true },
  });
  return rounds.map((r) => {
    const counts: Partial<Record<AssessmentStatus, number>> = {};
    for (const g of groups) if (g.roundId === r.id) counts[g.status] = g._count._all;
    return {
      id: r.id,
      name: r.name,
      rulesetId: r.rulesetId,
      tier: r.tier as TierId,
      deadline: dayOf(r.deadline),
      quota: r.quota,
      stage: r.stage,
      version: r.version,
      counts,
      total: Object.values(counts).reduce((a, b) => a + (b ?? 0), 0),
    };
  });
}

const ROUND_SELECT = {
  id: true,
  name: true,
  rulesetId: true,
  tier: true,
  deadline: true,
  quota: true,
  stage: true,
  version: true,
} as const;

/** Every round, the nearest deadline first among those still open, then the rest newest first. */
export async function listRounds(db: RoundDb): Promise<RoundSummary[]> {
  const rounds = await db.reviewRound.findMany({
    select: ROUND_SELECT,
    orderBy: [{ deadline: "desc" }, { id: "asc" }],
  });
  const all = await summaries(db, rounds);
  const open = all.filter((r) => r.stage !== "approved").sort((a, b) => a.deadline.localeCompare(b.deadline));
  return [...open, ...all.filter((r) => r.stage === "approved")];
}

/** The rounds an application of this rule set may join (open ones only). */
export async function openRoundsFor(db: RoundDb, rulesetId: string) {
  return db.reviewRound.findMany({
    where: { rulesetId, stage: "open" },
    select: { id: true, name: true, tier: true, deadline: true },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
  });
}

export type RoundApplication = RoundEntry & {
  companyName: string;
  uscc: string | null;
  city: string | null;
  industryCode: string | null;
  version: number;
  assigneeId: string | null;
  assigneeEmail: string | null;
  /** The answers as reviewed (with corrections): the list's key figures and main product. */
  answers: unknown;
  /** The note with which it was last recommended (推荐意见). */
  recommendation: string | null;
  /** Whether a figure was corrected or a criterion's outcome overridden. */
  corrected: boolean;
  /** The round tier's criteria not met (as reviewed); `narrow` when missed by less than a tenth (narrowMisses). */
  failed: { id: CriterionId; narrow: boolean }[];
  /** The round tier's criteria still open: to confirm (unknown) or for the authority to judge (manual). */
  open: CriterionId[];
};

export type RoundDetail = RoundSummary & {
  createdBy: string;
  applications: RoundApplication[];
  ranked: RoundApplication[];
  problems: ListProblem[];
  signoffs: { stage: RoundStage; note: string; actorEmail: string; actorId: string; createdAt: Date }[];
};

export async function getRound(db: AdminTx, id: string): Promise<RoundDetail | null> {
  const round = await db.reviewRound.findUnique({
    where: { id },
    select: { ...ROUND_SELECT, createdBy: { select: { email: true } } },
  });
  if (!round) return null;
  const [summary] = await summaries(db, [round]);
  const tier = round.tier as TierId;
  const rows = await db.assessment.findMany({
    where: { roundId: id },
    select: {
      id: true,
      reference: true,
      companyName: true,
      uscc: true,
      city: true,
      industryCode: true,
      status: true,
      version: true,
      submittedAt: true,
      rdIntensity: true,
      revenue: true,
      answers: true,
      correctedAnswers: true,
      evaluation: true,
      correctedEvaluation: true,
      verdictInnovativeSme: true,
      verdictSpecializedSme: true,
      verdictLittleGiant: true,
      assigneeId: true,
      assignee: { select: { email: true } },
      _count: { select: { criterionOverrides: true } },
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  const notes = await db.reviewEvent.findMany({
    where: { assessmentId: { in: rows.map((r) => r.id) }, toStatus: "recommended" },
    select: { assessmentId: true, note: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const overrides = await db.criterionOverride.findMany({
    where: { assessmentId: { in: rows.map((r) => r.id) }, tierId: tier },
    orderBy: { id: "asc" },
  });
  const recommendation = new Map<string, string>();
  for (const n of notes) if (!recommendation.has(n.assessmentId)) recommendation.set(n.assessmentId, n.note);
  const applications: RoundApplication[] = rows.map((r) => {
    const evaluation = baseEvaluation(r) ?? storedEvaluation(r.evaluation, null);
    const stored = evaluation?.tiers.find((t) => t.id === tier);
    const score = stored?.score?.min ?? null;
    const records = overrides
      .filter((o) => o.assessmentId === r.id)
      .map((o) => ({ ...o, actorEmail: "", createdAt: o.createdAt }));
    const reviewed = stored ? applyOverrides({ tiers: [stored] }, records)[0] : undefined;
    const narrow = new Set(reviewed ? narrowMisses(reviewed) : []);
    const failed = reviewed ? unmetCriteria(reviewed).map((id) => ({ id, narrow: narrow.has(id) })) : [];
    const open = reviewed
      ? reviewed.criteria.filter((c) => c.outcome === "unknown" || c.outcome === "manual").map((c) => c.id)
      : [];
    return {
      id: r.id,
      reference: r.reference,
      companyName: r.companyName ?? r.reference,
      uscc: r.uscc,
      city: r.city,
      industryCode: r.industryCode,
      status: r.status,
      version: r.version,
      verdict: r[VERDICT_FIELD[tier]],
      score,
      rdIntensity: r.rdIntensity,
      revenue: r.revenue,
      submittedAt: r.submittedAt ?? new Date(0),
      assigneeId: r.assigneeId,
      assigneeEmail: r.assignee?.email ?? null,
      answers: r.correctedAnswers ?? r.answers,
      recommendation: recommendation.get(r.id) ?? null,
      corrected: r.correctedAnswers !== null || r._count.criterionOverrides > 0,
      failed,
      open,
    };
  });
  const signoffs = await db.roundSignoff.findMany({
    where: { roundId: id },
    select: { stage: true, note: true, actorId: true, createdAt: true, actor: { select: { email: true } } },
    orderBy: { id: "asc" },
  });
  return {
    ...summary!,
    createdBy: round.createdBy.email,
    applications,
    ranked: rankRecommended(applications),
    problems: listProblems(applications, round.quota),
    signoffs: signoffs.map((s) => ({
      stage: s.stage,
      note: s.note,
      actorId: s.actorId,
      actorEmail: s.actor.email,
      createdAt: s.createdAt,
    })),
  };
}
