import "server-only";
import { getPrisma } from "@/lib/db/client";
import { heldToken } from "./access-cookie";
import { findHeldAssessment, type HeldAssessment } from "./find-held";

/** The assessment at `id` if this browser holds its token; null otherwise. */
export async function loadHeldAssessment(id: string): Promise<HeldAssessment | null> {
  return findHeldAssessment(await getPrisma(), id, await heldToken(id));
}
