import "server-only";
import { evaluateCore, isRulesetId, parseFacts, type Locale } from "@/lib/criteria";
import { validationMessage, type ValidationCode } from "@/lib/criteria/messages";
import { leafOf } from "@/lib/criteria/facts/catalogue";
import type { FactKind } from "@/lib/criteria/facts/entry";
import { leafSchema } from "@/lib/criteria/facts/leaf-schema";
import { isStorableText } from "@/lib/criteria/text";
import { chinaToday } from "@/lib/criteria/today";
import { Prisma } from "@/lib/db/generated/client";
import type { AdminDb } from "@/lib/auth/types";
import { listColumns } from "@/lib/assessments/list-columns";
import { getAt, setAt, type Answers } from "@/lib/questionnaire/answers";
import { fieldOf, isShown } from "@/lib/questionnaire/fields";
import { parseNumberText } from "@/lib/questionnaire/number-text";
import { applyOverrides } from "./effective-evaluation";
import { overrideRecords } from "./override-records";
import { recordAudit, type Actor } from "./record-audit";
import { NOTE_MAX } from "./review-assessment";

// "Correct a figure once": a reviewer records the right value of one submitted figure (checked
// against the audited accounts, say) with the reason, and every tier is evaluated again from the
// corrected facts, under the assessment's rule set as on the day it was submitted. The submitted
// answers and evaluation never change: the corrected ones sit beside them, and the list's verdict
// and metric columns follow the corrected evaluation with any criterion overrides on top.

/** The figures a reviewer may correct: numbers. Words and choices are asked of the company. */
export const CORRECTABLE_KINDS: readonly FactKind[] = [
  "money",
  "signedMoney",
  "count",
  "percent",
  "score",
  "number",
  "level",
];

export type CorrectionRecord = {
  path: string;
  submitted: unknown;
  value: unknown;
  reason: string;
  revision: number;
  actorEmail: string;
  createdAt: Date;
};

/** The corrections in force: the latest per fact among those made on the answers now in force. */
export function correctionsInForce<C extends Pick<CorrectionRecord, "path" | "revision">>(
  records: readonly C[],
  revision: number,
): Map<string, C> {
  const latest = new Map<string, C>();
  for (const r of records) if (r.revision === revision) latest.set(r.path, r);
  return latest;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The answers with the corrections applied; null when none differs from what was submitted. */
export function correctedAnswersOf(
  answers: Answers,
  inForce: ReadonlyMap<string, Pick<CorrectionRecord, "value">>,
): Answers | null {
  let corrected = answers;
  let changed = false;
  for (const [path, c] of inForce) {
    if (same(getAt(answers, path), c.value)) continue;
    corrected = setAt(corrected, path, c.value);
    changed = true;
  }
  return changed ? corrected : null;
}

export type CorrectInput = { id: string; path: string; value: string; unknown: boolean; reason: string };

export type CorrectResult =
  | { kind: "corrected"; verdicts: { tier: string; before: string | null; after: string | null }[] }
  | { kind: "reason_required" }
  | { kind: "reason_too_long" }
  | { kind: "reason_unstorable" }
  | { kind: "invalid_path" }
  | { kind: "invalid_value"; message: string }
  | { kind: "unchanged" }
  | { kind: "not_in_review" }
  | { kind: "conflict" }
  | { kind: "not_found" };

/** What the typed value is as an answer of that fact, or the message saying why it cannot be. */
function readValue(
  path: string,
  input: CorrectInput,
  locale: Locale,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const leaf = leafOf(path)!;
  const bounds = leaf.entry as { min?: number; max?: number };
  if (input.unknown) {
    return leaf.entry.unknownAllowed
      ? { ok: true, value: null }
      : { ok: false, message: validationMessage("expected_number", locale, bounds) };
  }
  const parsed = parseNumberText(input.value);
  if (parsed === undefined) return { ok: false, message: validationMessage("expected_number", locale, bounds) };
  const checked = leafSchema(fieldOf(leaf)).safeParse(parsed);
  if (!checked.success) {
    const code = checked.error.issues[0]?.message;
    return { ok: false, message: validationMessage((code ?? "invalid_value") as ValidationCode, locale, bounds) };
  }
  return { ok: true, value: checked.data as number };
}

export async function correctFact(
  db: AdminDb,
  actor: Actor & { userId: string },
  input: CorrectInput,
  locale: Locale,
  now = new Date(),
): Promise<CorrectResult> {
  const reason = input.reason.trim();
  if (!reason) return { kind: "reason_required" };
  if (reason.length > NOTE_MAX) return { kind: "reason_too_long" };
  if (!isStorableText(reason)) return { kind: "reason_unstorable" };
  const leaf = leafOf(input.path);
  if (!leaf || !CORRECTABLE_KINDS.includes(leaf.entry.kind)) return { kind: "invalid_path" };
  const value = readValue(input.path, input, locale);
  if (!value.ok) return { kind: "invalid_value", message: value.message };

  const row = await db.assessment.findUnique({
    where: { id: input.id },
    select: {
      status: true,
      version: true,
      answers: true,
      rulesetId: true,
      submittedAt: true,
      verdictInnovativeSme: true,
      verdictSpecializedSme: true,
      verdictLittleGiant: true,
    },
  });
  if (!row || row.status === "draft" || !row.submittedAt) return { kind: "not_found" };
  if (row.status !== "in_review") return { kind: "not_in_review" };
  const answers = (row.answers ?? {}) as Answers;
  // Only a question the company was asked (a hidden one has no answer to correct).
  if (!isShown(fieldOf(leaf), answers)) return { kind: "invalid_path" };

  return db.$transaction(async (tx) => {
    const revision = await tx.assessmentRevision.count({ where: { assessmentId: input.id } });
    const records = await tx.factCorrection.findMany({
      where: { assessmentId: input.id },
      orderBy: { id: "asc" },
      select: { path: true, value: true, revision: true },
    });
    const inForce = correctionsInForce(records, revision);
    const current = inForce.has(input.path) ? inForce.get(input.path)!.value : getAt(answers, input.path);
    if (same(current, value.value)) return { kind: "unchanged" } as const;
    inForce.set(input.path, { path: input.path, value: value.value, revision });
    const corrected = correctedAnswersOf(answers, inForce);
    // The corrected facts together must still hold (main revenue within revenue…).
    const parsed = parseFacts(corrected ?? answers, locale);
    if (!parsed.ok) {
      const issue = parsed.issues.find((i) => i.path === input.path) ?? parsed.issues[0]!;
      return { kind: "invalid_value", message: issue.message } as const;
    }
    const evaluation = evaluateCore(parsed.facts, {
      today: chinaToday(row.submittedAt!.getTime()),
      ...(isRulesetId(row.rulesetId) ? { ruleset: row.rulesetId } : {}),
    });
    const reviewed = applyOverrides(evaluation, await overrideRecords(tx, input.id));
    const updated = await tx.assessment.updateMany({
      where: { id: input.id, status: "in_review", version: row.version },
      data: {
        version: { increment: 1 },
        correctedAnswers: corrected ? (corrected as Prisma.InputJsonObject) : Prisma.DbNull,
        correctedEvaluation: corrected ? (evaluation as unknown as Prisma.InputJsonObject) : Prisma.DbNull,
        ...listColumns(parsed.facts, reviewed),
      },
    });
    if (updated.count !== 1) return { kind: "conflict" } as const;
    const submitted = getAt(answers, input.path);
    await tx.factCorrection.create({
      data: {
        assessmentId: input.id,
        revision,
        path: input.path,
        submitted: submitted === null || submitted === undefined ? Prisma.JsonNull : (submitted as number),
        value: value.value === null ? Prisma.JsonNull : value.value,
        reason,
        actorId: actor.userId,
        createdAt: now,
      },
    });
    const before = {
      "innovative-sme": row.verdictInnovativeSme,
      "specialized-sme": row.verdictSpecializedSme,
      "little-giant": row.verdictLittleGiant,
    } as Record<string, string | null>;
    const after = Object.fromEntries(reviewed.map((t) => [t.id, t.verdict])) as Record<string, string | null>;
    await recordAudit(
      tx,
      actor,
      {
        action: "assessment.correct",
        targetType: "assessment",
        targetId: input.id,
        before: { path: input.path, value: (current ?? null) as Prisma.InputJsonValue, verdicts: before },
        after: { path: input.path, value: value.value, reason, verdicts: after },
      },
      now,
    );
    const verdicts = Object.keys(after)
      .filter((tier) => before[tier] !== after[tier])
      .map((tier) => ({ tier, before: before[tier] ?? null, after: after[tier] ?? null }));
    return { kind: "corrected", verdicts } as const;
  });
}
