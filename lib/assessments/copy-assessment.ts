import "server-only";
import { contactOf } from "./contact";
import { createDraft, type NewDraft } from "./create-draft";
import type { HeldAssessment } from "./find-held";
import type { Db } from "./types";

/** "Start a new one from these answers": a fresh draft with the same answers and contact, linked to its source. */
export async function copyAssessment(db: Db, source: HeldAssessment, rulesetId: string): Promise<NewDraft> {
  return createDraft(db, {
    rulesetId,
    answers: source.answers,
    copiedFromId: source.id,
    contact: contactOf(source.contact),
  });
}
