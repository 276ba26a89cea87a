import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem, type PasswordProblem } from "@/lib/auth/password-policy";
import { isEmail, isRole, normaliseEmail, type Role } from "@/lib/auth/roles";
import type { AdminDb } from "@/lib/auth/types";
import { recordAudit, type Actor } from "./record-audit";

export type CreateUserResult =
  | { kind: "created"; id: string; email: string }
  | { kind: "invalid_email" }
  | { kind: "invalid_role" }
  | { kind: "weak_password"; problem: PasswordProblem }
  | { kind: "exists" };

/** Creates an account (from the users page, or `npm run admin:create` with a command-line actor). */
export async function createUser(
  db: AdminDb,
  actor: Actor,
  input: { email: string; role: string; password: string },
  now = new Date(),
): Promise<CreateUserResult> {
  const email = normaliseEmail(input.email);
  if (!isEmail(email)) return { kind: "invalid_email" };
  if (!isRole(input.role)) return { kind: "invalid_role" };
  const problem = passwordProblem(input.password, email);
  if (problem) return { kind: "weak_password", problem };
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.adminUser.create({
        data: { email, role: input.role as Role, passwordHash },
        select: { id: true, email: true },
      });
      await recordAudit(
        tx,
        actor,
        { action: "user.create", targetType: "user", targetId: created.id, after: { email, role: input.role } },
        now,
      );
      return created;
    });
    return { kind: "created", ...user };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { kind: "exists" };
    throw error;
  }
}
