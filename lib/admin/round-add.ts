import "server-only";
// Applications join a review round (推荐批次) by their references, pasted as a list: all or none.
import { Prisma } from "@/lib/db/generated/client";
import { recordAudit, recordAudits, type Actor } from "./record-audit";
import { roundStageForChange } from "./round-lock";
import type { RoundDb } from "./rounds";

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
