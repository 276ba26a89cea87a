import "server-only";
import { recordAudit } from "@/lib/admin/record-audit";
import { verifyNobody, verifyPassword } from "./password";
import { PASSWORD_MAX } from "./password-policy";
import { normaliseEmail, type Role } from "./roles";
import { createSession, revokeSession, type SessionPolicy } from "./sessions";
import {
  admitAttempt,
  defaultThrottle,
  pruneThrottleNow,
  recordSuccess,
  throttleKeys,
  type ThrottlePolicy,
} from "./throttle";
import type { AdminDb } from "./types";

export type LoginInput = { email: string; password: string; address: string; previousToken?: string };

/** Checks a password against a stored hash, or (null) spends the same time on nobody's. */
export type CheckPassword = (passwordHash: string | null, password: string) => Promise<boolean>;

const checkPassword: CheckPassword = (passwordHash, password) =>
  passwordHash === null ? verifyNobody(password) : verifyPassword(passwordHash, password);

export type LoginResult =
  | { kind: "signed_in"; token: string; user: { id: string; email: string; role: Role } }
  | { kind: "invalid" }
  | { kind: "throttled"; retryAfter: number };

/**
 * Checks the credentials under the throttle (see throttle.ts): the attempt is counted first, and
 * only an admitted attempt has its password checked. Unknown email, wrong password and disabled
 * account all answer "invalid" after the same argon2 work. On success the session presented (if
 * any) is revoked and a new one issued, so a planted id never gains rights.
 */
export async function login(
  db: AdminDb,
  input: LoginInput,
  options: { policy: SessionPolicy; now: Date; throttle?: ThrottlePolicy; checkPassword?: CheckPassword },
): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(email, input.address);
  const throttle = options.throttle ?? defaultThrottle;
  await pruneThrottleNow(db, options.now, throttle);
  const admission = await admitAttempt(db, keys, options.now, throttle);
  if (admission.kind === "throttled") return admission;

  const user = await db.adminUser.findUnique({ where: { email } });
  const tooLong = input.password.length > PASSWORD_MAX * 4;
  const check = options.checkPassword ?? checkPassword;
  const ok = await check(user && !tooLong ? user.passwordHash : null, tooLong ? "" : input.password);
  if (!ok || !user || user.disabledAt) return { kind: "invalid" }; // already counted
  await recordSuccess(db, keys, admission, options.now, throttle);
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
