import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem, type PasswordProblem } from "@/lib/auth/password-policy";
import { isRole } from "@/lib/auth/roles";
import { revokeUserSessions } from "@/lib/auth/sessions";
import type { AdminDb } from "@/lib/auth/types";
import { recordAudit, type Actor } from "./record-audit";

export type UserChange =
  { kind: "role"; role: string } | { kind: "disabled"; disabled: boolean } | { kind: "password"; password: string };

export type UpdateUserResult =
  | { kind: "saved" }
  | { kind: "not_found" }
  | { kind: "self" }
  | { kind: "invalid_role" }
  | { kind: "weak_password"; problem: PasswordProblem };

/**
 * Changes a role, disables or re-enables an account, or sets a new password. Disabling and a new
 * password sign the user out everywhere. Admins cannot disable or demote themselves, so the area
 * is never left without the admin who was using it.
 */
export async function updateUser(
  db: AdminDb,
  actor: Actor & { userId: string },
  id: string,
  change: UserChange,
  now = new Date(),
): Promise<UpdateUserResult> {
  const user = await db.adminUser.findUnique({
    where: { id },
    select: { id: true, email: true, role: true, disabledAt: true },
  });
  if (!user) return { kind: "not_found" };
  if (user.id === actor.userId && change.kind !== "password") return { kind: "self" };
  if (change.kind === "role" && !isRole(change.role)) return { kind: "invalid_role" };
  if (change.kind === "password") {
    const problem = passwordProblem(change.password, user.email);
    if (problem) return { kind: "weak_password", problem };
  }
  const passwordHash = change.kind === "password" ? await hashPassword(change.password) : undefined;
  await db.$transaction(async (tx) => {
    if (change.kind === "role" && isRole(change.role)) {
      await tx.adminUser.update({ where: { id }, data: { role: change.role } });
      await recordAudit(
        tx,
        actor,
        {
          action: "user.role",
          targetType: "user",
          targetId: id,
          before: { role: user.role },
          after: { role: change.role },
        },
        now,
      );
    } else if (change.kind === "disabled") {
      await tx.adminUser.update({ where: { id }, data: { disabledAt: change.disabled ? now : null } });
      if (change.disabled) await revokeUserSessions(tx, id, now);
      await recordAudit(
        tx,
        actor,
        {
          action: change.disabled ? "user.disable" : "user.enable",
          targetType: "user",
          targetId: id,
          before: { disabled: user.disabledAt !== null },
          after: { disabled: change.disabled },
        },
        now,
      );
    } else if (passwordHash) {
      await tx.adminUser.update({ where: { id }, data: { passwordHash } });
      await revokeUserSessions(tx, id, now);
      // The password itself never reaches the log.
      await recordAudit(tx, actor, { action: "user.password", targetType: "user", targetId: id }, now);
    }
  });
  return { kind: "saved" };
}

export async function listUsers(db: Pick<AdminDb, "adminUser">) {
  return db.adminUser.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, role: true, disabledAt: true, createdAt: true },
  });
}
