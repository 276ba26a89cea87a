import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Answers } from "@/lib/questionnaire/answers";
import { newSecretToken } from "@/lib/secret-token";
import { newReference } from "./tokens";
import type { Db } from "./types";

export type NewDraft = { id: string; reference: string; token: string };

/** Starts a draft (empty, or from a submitted assessment's answers) with a fresh resume token. */
export async function createDraft(
  db: Db,
  options: { rulesetId: string; answers?: Answers; copiedFromId?: string },
): Promise<NewDraft> {
  const { token, hash } = newSecretToken();
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.assessment.create({
        data: {
          reference: newReference(),
          tokenHash: hash,
          rulesetId: options.rulesetId,
          answers: (options.answers ?? {}) as Prisma.InputJsonObject,
          copiedFromId: options.copiedFromId ?? null,
        },
        select: { id: true, reference: true },
      });
      return { ...row, token };
    } catch (error) {
      // A reference collision (1 in ~10^9 per pair): draw another.
      const collision = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!collision || attempt >= 4) throw error;
    }
  }
}
