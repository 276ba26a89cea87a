import "server-only";
import { recordAudit } from "@/lib/admin/record-audit";
import { resumeSession, revokeSession, type SessionPolicy } from "./sessions";
import type { AdminDb } from "./types";

/** Ends the session of `token` on the server, recording who signed out. */
export async function logout(db: AdminDb, token: string | undefined, policy: SessionPolicy, now: Date): Promise<void> {
  const session = await resumeSession(db, token, policy, now);
  await revokeSession(db, token, now);
  if (session) {
    const actor = { userId: session.userId, email: session.email };
    await recordAudit(db, actor, { action: "session.logout", targetType: "session", targetId: session.userId }, now);
  }
}
