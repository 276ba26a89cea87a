import "server-only";
import { recordAudit } from "@/lib/admin/record-audit";
import { verifyNobody, verifyPassword } from "./password";
import { PASSWORD_MAX } from "./password-policy";
import { normaliseEmail, type Role } from "./roles";
import { createSession, revokeSession, type SessionPolicy } from "./sessions";
import {
  clearAccount,
  defaultThrottle,
  recordFailure,
  throttleKeys,
  throttleWait,
  type ThrottlePolicy,
} from "./throttle";
import type { AdminDb } from "./types";

export type LoginInput = { email: string; password: string; address: string; previousToken?: string };

export type LoginResult =
  | { kind: "signed_in"; token: string; user: { id: string; email: string; role: Role } }
  | { kind: "invalid" }
  | { kind: "throttled"; retryAfter: number };

/**
 * Checks the credentials under the account's and the address's throttles. Unknown email, wrong
 * password and disabled account all answer "invalid" after the same argon2 work. On success the
 * session presented (if any) is revoked and a new one issued, so a planted id never gains rights.
 */
export async function login(
  db: AdminDb,
  input: LoginInput,
  options: { policy: SessionPolicy; now: Date; throttle?: ThrottlePolicy },
): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(email, input.address);
  const wait = await throttleWait(db, keys, options.now);
  if (wait > 0) return { kind: "throttled", retryAfter: wait };

  const user = await db.adminUser.findUnique({ where: { email } });
  const tooLong = input.password.length > PASSWORD_MAX * 4;
  const ok =
    user && !tooLong
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyNobody(tooLong ? "" : input.password);
  if (!ok || !user || user.disabledAt) {
    await recordFailure(db, keys, options.now, options.throttle ?? defaultThrottle);
    return { kind: "invalid" };
  }
  await clearAccount(db, keys);
  await revokeSession(db, input.previousToken, options.now);
  const token = await createSession(db, user.id, options.policy, options.now);
  await recordAudit(
    db,
    { userId: user.id, email: user.email },
    { action: "session.login", targetType: "session", targetId: user.id },
    options.now,
  );
  return { kind: "signed_in", token, user: { id: user.id, email: user.email, role: user.role } };
}
