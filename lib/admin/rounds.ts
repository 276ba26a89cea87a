import "server-only";
// Review rounds (推荐批次): an admin opens one; reviewers add applications to it, assign them, work
// their queue (one note for many status changes); its recommendation list goes through 初审 →
// 复审 → 审定 and is locked when approved. Every change is in the audit log.
import { isStorableText } from "@/lib/criteria/text";
import { isRulesetId, storedEvaluation, type CriterionId, type TierId } from "@/lib/criteria";
import type { AdminDb, AdminTx } from "@/lib/auth/types";
import { Prisma } from "@/lib/db/generated/client";
import type { AssessmentStatus } from "@/lib/db/generated/enums";
import { narrowMisses, unmetCriteria } from "@/lib/insights/insight-columns";
import { applyOverrides, baseEvaluation } from "./effective-evaluation";
import { recordAudit, recordAudits, type Actor } from "./record-audit";
import { requestInformation, TRANSITIONS, NOTE_MAX } from "./review-assessment";
import { frozenRoundStage, lockRoundForSignoff, roundStageForChange } from "./round-lock";
import {
  CITY_MAX,
  isFrozen,
  listProblems,
  NEXT_STAGE,
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

/** A pasted list of references (one per line, or separated by commas, spaces or 、). */
export const referencesIn = (text: string) => [
  ...new Set(
    text
      .toUpperCase()
      .split(/[\s,，、;；]+/)
      .filter(Boolean),
  ),
];

export type AddResult =
  | { kind: "added"; count: number }
  | { kind: "none_given" }
  | { kind: "too_many" }
  | { kind: "round_not_open" }
  | { kind: "not_found" }
  | {
      kind: "refused";
      /** Not a submitted application's reference. */
      unknown: string[];
      /** Judged under another rule set than the round's. */
      otherRuleset: string[];
      /** Already in another round. */
      otherRound: string[];
    };

export const ADD_MAX = 500;

/**
 * Adds applications to an open round by their references, all or none: a reference that is not
 * a submitted application, one judged under another rule set, or one in another round refuses
 * the whole list, each named, so that the reviewer corrects it and sends it again.
 */
export async function addToRound(
  db: RoundDb,
  actor: Actor & { userId: string },
  roundId: string,
  text: string,
  now = new Date(),
): Promise<AddResult> {
  const references = referencesIn(text);
  if (references.length === 0) return { kind: "none_given" };
  if (references.length > ADD_MAX) return { kind: "too_many" };
  return db.$transaction(async (tx) => {
    // Its row locked for share: a sign-off waits for these to join, or they wait and are refused.
    const stage = await roundStageForChange(tx, roundId);
    if (!stage) return { kind: "not_found" } as const;
    if (stage !== "open") return { kind: "round_not_open" } as const;
    const round = (await tx.reviewRound.findUnique({
      where: { id: roundId },
      select: { rulesetId: true, name: true },
    }))!;
    // The applications named, locked for update (in one order): none joins another round meanwhile.
    await tx.$queryRaw`SELECT "id" FROM "assessment"
      WHERE "reference" IN (${Prisma.join(references)}) ORDER BY "id" FOR UPDATE`;
    const rows = await tx.assessment.findMany({
      where: { reference: { in: references }, status: { not: "draft" } },
      select: { id: true, reference: true, rulesetId: true, roundId: true },
    });
    const found = new Map(rows.map((r) => [r.reference, r]));
    const unknown = references.filter((r) => !found.has(r));
    const otherRuleset = rows.filter((r) => r.rulesetId !== round.rulesetId).map((r) => r.reference);
    const otherRound = rows.filter((r) => r.roundId !== null && r.roundId !== roundId).map((r) => r.reference);
    if (unknown.length || otherRuleset.length || otherRound.length)
      return { kind: "refused", unknown, otherRuleset, otherRound } as const;
    const joining = rows.filter((r) => r.roundId === null);
    if (joining.length) {
      await tx.assessment.updateMany({
        where: { id: { in: joining.map((r) => r.id) } },
        data: { roundId, version: { increment: 1 } },
      });
      // Each application's own history says it joined, as a change on its page would.
      await recordAudits(
        tx,
        actor,
        joining.map((r) => ({
          action: "assessment.arrange",
          targetType: "assessment",
          targetId: r.id,
          before: { round: null },
          after: { round: round.name },
        })),
        now,
      );
      await recordAudit(
        tx,
        actor,
        {
          action: "round.add",
          targetType: "round",
          targetId: roundId,
          after: { references: joining.map((r) => r.reference) },
        },
        now,
      );
    }
    return { kind: "added", count: joining.length } as const;
  });
}

export type ArrangeInput = {
  id: string;
  /** The round, or null for none. */
  roundId: string | null;
  assigneeId: string | null;
  city: string;
};

export type ArrangeResult =
  | { kind: "changed" }
  | { kind: "unchanged" }
  | { kind: "not_found" }
  | { kind: "round_locked" }
  | { kind: "round_unavailable" }
  | { kind: "assignee_unavailable" }
  | { kind: "city_invalid" };

/**
 * An application's place in the office's work: its round, its reviewer and its city (地市). The
 * round must be open and judge the application's rule set; a frozen round keeps its
 * applications and their cities (the assignee may still change: it does not touch the list).
 */
export async function arrangeAssessment(
  db: RoundDb,
  actor: Actor & { userId: string },
  input: ArrangeInput,
  now = new Date(),
): Promise<ArrangeResult> {
  return db.$transaction((tx) => arrangeWithin(tx, actor, input, now));
}

/** arrangeAssessment inside the caller's transaction (a bulk assignment makes all of its in one). */
async function arrangeWithin(
  tx: AdminTx,
  actor: Actor & { userId: string },
  input: ArrangeInput,
  now: Date,
): Promise<ArrangeResult> {
  const city = input.city.normalize("NFC").trim();
  if (city.length > CITY_MAX || !isStorableText(city)) return { kind: "city_invalid" };
  // Both rounds' rows locked for share (see round-lock.ts): a sign-off cannot pass in between.
  const frozen = await frozenRoundStage(tx, input.id);
  const row = await tx.assessment.findUnique({
    where: { id: input.id },
    select: {
      status: true,
      rulesetId: true,
      roundId: true,
      assigneeId: true,
      city: true,
      round: { select: { name: true } },
      assignee: { select: { email: true } },
    },
  });
  if (!row || row.status === "draft") return { kind: "not_found" };
  const newCity = city || null;
  const listChange = row.roundId !== input.roundId || row.city !== newCity;
  if (listChange && frozen) return { kind: "round_locked" };
  let roundName: string | null = null;
  if (input.roundId && input.roundId !== row.roundId) {
    const stage = await roundStageForChange(tx, input.roundId);
    const round = await tx.reviewRound.findUnique({
      where: { id: input.roundId },
      select: { rulesetId: true, name: true },
    });
    if (!round || stage !== "open" || round.rulesetId !== row.rulesetId) return { kind: "round_unavailable" };
    roundName = round.name;
  } else if (input.roundId) roundName = row.round?.name ?? null;
  let assigneeEmail: string | null = null;
  if (input.assigneeId) {
    const user = await tx.adminUser.findUnique({
      where: { id: input.assigneeId },
      select: { email: true, disabledAt: true },
    });
    if (!user || (user.disabledAt && input.assigneeId !== row.assigneeId)) return { kind: "assignee_unavailable" };
    assigneeEmail = user.email;
  }
  if (!listChange && row.assigneeId === input.assigneeId) return { kind: "unchanged" };
  await tx.assessment.update({
    where: { id: input.id },
    data: { roundId: input.roundId, assigneeId: input.assigneeId, city: newCity, version: { increment: 1 } },
  });
  await recordAudit(
    tx,
    actor,
    {
      action: "assessment.arrange",
      targetType: "assessment",
      targetId: input.id,
      before: { round: row.round?.name ?? null, assignee: row.assignee?.email ?? null, city: row.city },
      after: { round: roundName, assignee: assigneeEmail, city: newCity },
    },
    now,
  );
  return { kind: "changed" };
}

export type BulkInput = {
  roundId: string;
  /** The applications chosen, each with the version the page showed. */
  items: { id: string; version: number }[];
  to: AssessmentStatus | null;
  /** Assign them all to this reviewer ("" to nobody); undefined: leave as they are. */
  assigneeId?: string | null;
  note: string;
};

export type BulkResult =
  | { kind: "done"; changed: number; assigned: number; requestIds: string[] }
  | { kind: "none_chosen" }
  | { kind: "nothing_to_do" }
  | { kind: "note_required" }
  | { kind: "note_too_long" }
  | { kind: "note_unstorable" }
  | { kind: "round_locked" }
  | { kind: "assignee_unavailable" }
  | { kind: "not_found" }
  | { kind: "invalid_transition"; references: string[] }
  | { kind: "conflict"; references: string[] };

/**
 * One status change (with one note) and/or one assignment for many applications of a round. Every
 * chosen application is checked first (in the round, the move allowed, unchanged since the page
 * showed it): any that is not refuses the whole change, each named. Each move is then recorded
 * as its own review event and audit line, as a move made one by one would be.
 */
export async function bulkUpdate(
  db: RoundDb,
  actor: Actor & { userId: string },
  input: BulkInput,
  now = new Date(),
): Promise<BulkResult> {
  if (input.items.length === 0) return { kind: "none_chosen" };
  if (input.to === null && input.assigneeId === undefined) return { kind: "nothing_to_do" };
  const note = input.note.trim();
  if (input.to !== null) {
    if (!note) return { kind: "note_required" };
    if (note.length > NOTE_MAX) return { kind: "note_too_long" };
    if (!isStorableText(note)) return { kind: "note_unstorable" };
  }
  // All or none: every application checked, then changed, in one transaction.
  return db.$transaction((tx) => bulkWithin(tx, actor, { ...input, note }, now));
}

async function bulkWithin(
  tx: AdminTx,
  actor: Actor & { userId: string },
  input: BulkInput,
  now: Date,
): Promise<BulkResult> {
  const stage = await roundStageForChange(tx, input.roundId);
  if (!stage) return { kind: "not_found" };
  if (input.to !== null && isFrozen(stage)) return { kind: "round_locked" };
  // The chosen applications locked for update, always in the same order (so that two bulk changes
  // never wait on each other in a circle): what is checked below stays true until this commits.
  const ids = [...new Set(input.items.map((i) => i.id))].sort();
  await tx.$queryRaw`SELECT "id" FROM "assessment"
    WHERE "id" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}) ORDER BY "id" FOR UPDATE`;
  const rows = await tx.assessment.findMany({
    where: { id: { in: ids }, roundId: input.roundId },
    select: {
      id: true,
      reference: true,
      status: true,
      version: true,
      city: true,
      assigneeId: true,
      assignee: { select: { email: true } },
      round: { select: { name: true } },
      evaluation: input.to === "needs_information",
      correctedEvaluation: input.to === "needs_information",
    },
    orderBy: { reference: "asc" },
  });
  if (rows.length !== input.items.length) return { kind: "not_found" };
  const shown = new Map(input.items.map((i) => [i.id, i.version]));
  const stale = rows.filter((r) => r.version !== shown.get(r.id)).map((r) => r.reference);
  if (stale.length) return { kind: "conflict", references: stale };
  const to = input.to;
  if (to !== null) {
    const invalid = rows.filter((r) => !TRANSITIONS[r.status].includes(to)).map((r) => r.reference);
    if (invalid.length) return { kind: "invalid_transition", references: invalid };
  }

  // Set-based, one statement per kind of change, each application still its own event and audit
  // line: 500 applications moved and assigned one by one held PGlite's only connection for 18 s.
  let assigned = 0;
  if (input.assigneeId !== undefined) {
    const assigneeId = input.assigneeId;
    let email: string | null = null;
    if (assigneeId !== null) {
      const user = await tx.adminUser.findUnique({
        where: { id: assigneeId },
        select: { email: true, disabledAt: true },
      });
      if (!user || user.disabledAt) return { kind: "assignee_unavailable" };
      email = user.email;
    }
    const moving = rows.filter((r) => r.assigneeId !== assigneeId);
    await tx.assessment.updateMany({
      where: { id: { in: moving.map((r) => r.id) } },
      data: { assigneeId, version: { increment: 1 } },
    });
    await recordAudits(
      tx,
      actor,
      moving.map((r) => ({
        action: "assessment.arrange",
        targetType: "assessment",
        targetId: r.id,
        before: { round: r.round?.name ?? null, assignee: r.assignee?.email ?? null, city: r.city },
        after: { round: r.round?.name ?? null, assignee: email, city: r.city },
      })),
      now,
    );
    assigned = moving.length;
  }
  const requestIds: string[] = [];
  if (to !== null) {
    await tx.assessment.updateMany({
      where: { id: { in: rows.map((r) => r.id) } },
      data: { status: to, version: { increment: 1 } },
    });
    await tx.reviewEvent.createMany({
      data: rows.map((r) => ({
        assessmentId: r.id,
        fromStatus: r.status,
        toStatus: to,
        note: input.note,
        actorId: actor.userId,
        createdAt: now,
      })),
    });
    if (to === "needs_information") requestIds.push(...(await requestInformation(tx, actor, rows, input.note, now)));
    await recordAudits(
      tx,
      actor,
      rows.map((r) => ({
        action: "assessment.review",
        targetType: "assessment",
        targetId: r.id,
        before: { status: r.status },
        after: { status: to, note: input.note },
      })),
      now,
    );
  }
  return { kind: "done", changed: to === null ? 0 : rows.length, assigned, requestIds };
}

export type SignoffResult =
  | { kind: "signed"; stage: RoundStage }
  | { kind: "returned" }
  | { kind: "note_required" }
  | { kind: "note_too_long" }
  | { kind: "note_unstorable" }
  | { kind: "not_found" }
  | { kind: "conflict" }
  | { kind: "locked" }
  | { kind: "not_ready"; problems: ListProblem[] }
  | { kind: "same_signer" }
  | { kind: "admin_only" };

function checkNote(text: string): { note: string } | SignoffResult {
  const note = text.trim();
  if (!note) return { kind: "note_required" };
  if (note.length > NOTE_MAX) return { kind: "note_too_long" };
  if (!isStorableText(note)) return { kind: "note_unstorable" };
  return { note };
}

/**
 * The round's next sign-off: 初审 (the list complete, see listProblems), 复审 by someone other than
 * who signed 初审, 审定 by an admin, after which the list is locked for good.
 */
export async function signOffRound(
  db: RoundDb,
  actor: Actor & { userId: string; role: "admin" | "reviewer" },
  input: { id: string; version: number; note: string },
  now = new Date(),
): Promise<SignoffResult> {
  const checked = checkNote(input.note);
  if (!("note" in checked)) return checked;
  // The list is checked and signed in one transaction, its rows locked: a decision made meanwhile
  // is either seen by the check or refused as frozen (see round-lock.ts).
  return db.$transaction(async (tx) => {
    if (!(await lockRoundForSignoff(tx, input.id))) return { kind: "not_found" } as const;
    const round = (await getRound(tx, input.id))!;
    const next = NEXT_STAGE[round.stage];
    if (!next) return { kind: "locked" } as const;
    if (round.version !== input.version) return { kind: "conflict" } as const;
    if (round.stage === "open" && round.problems.length)
      return { kind: "not_ready", problems: round.problems } as const;
    // 复审 is a second pair of eyes: not whoever signed the 初审 now standing.
    const firstSigner = round.signoffs.findLast((s) => s.stage === "first_review")?.actorId;
    if (next === "second_review" && firstSigner === actor.userId) return { kind: "same_signer" } as const;
    if (next === "approved" && actor.role !== "admin") return { kind: "admin_only" } as const;
    await tx.reviewRound.update({
      where: { id: input.id },
      data: { stage: next, version: { increment: 1 } },
    });
    await tx.roundSignoff.create({
      data: { roundId: input.id, stage: next, note: checked.note, actorId: actor.userId, createdAt: now },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "round.signoff",
        targetType: "round",
        targetId: input.id,
        before: { stage: round.stage },
        after: { stage: next, note: checked.note, recommended: round.ranked.map((r) => r.reference) },
      },
      now,
    );
    return { kind: "signed", stage: next } as const;
  });
}

/** Sends a list being signed off back to open (with why), so that its applications can change. */
export async function returnRound(
  db: RoundDb,
  actor: Actor & { userId: string },
  input: { id: string; version: number; note: string },
  now = new Date(),
): Promise<SignoffResult> {
  const checked = checkNote(input.note);
  if (!("note" in checked)) return checked;
  const round = await db.reviewRound.findUnique({ where: { id: input.id }, select: { stage: true, version: true } });
  if (!round) return { kind: "not_found" };
  if (round.stage === "approved") return { kind: "locked" };
  if (round.stage === "open") return { kind: "conflict" };
  if (round.version !== input.version) return { kind: "conflict" };
  return db.$transaction(async (tx) => {
    const updated = await tx.reviewRound.updateMany({
      where: { id: input.id, version: input.version, stage: round.stage },
      data: { stage: "open", version: { increment: 1 } },
    });
    if (updated.count !== 1) return { kind: "conflict" } as const;
    await tx.roundSignoff.create({
      data: { roundId: input.id, stage: "open", note: checked.note, actorId: actor.userId, createdAt: now },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "round.return",
        targetType: "round",
        targetId: input.id,
        before: { stage: round.stage },
        after: { stage: "open", note: checked.note },
      },
      now,
    );
    return { kind: "returned" } as const;
  });
}

/** A download of a round's list, in the audit log (data leaving the system). */
export async function recordRoundExport(db: RoundDb, actor: Actor, roundId: string, format: "xlsx" | "pdf") {
  await recordAudit(db, actor, { action: "round.export", targetType: "round", targetId: roundId, after: { format } });
}
